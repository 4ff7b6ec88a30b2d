// Causerie's service worker: shows the server's Web Push messages (a mention or a direct
// message while the reader was away) and opens the post when the notification is clicked.
// The server sends JSON: sender_name, channel_name, message (null when the server keeps
// message text out of notifications), post_id and url.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    // Not ours: show nothing rather than a broken notification.
    return;
  }
  const sender = data.sender_name ?? '';
  const channel = data.channel_name ?? '';
  const title = !channel || channel === sender ? sender : `${sender} · ${channel}`;
  event.waitUntil(self.registration.showNotification(title || self.location.host, {
    body: data.message ?? '',
    tag: data.post_id,
    icon: '/favicon.svg',
    data: { url: data.url ?? '/' },
  }));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL(event.notification.data?.url ?? '/', self.location.origin).href;
  event.waitUntil((async () => {
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    for (const w of windows) {
      if (new URL(w.url).origin === self.location.origin) {
        await w.focus();
        return w.navigate(url);
      }
    }
    return self.clients.openWindow(url);
  })());
});
