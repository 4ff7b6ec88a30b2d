// Web Push in this browser: the service worker (/sw.js) and the push subscription. The app
// imports this only when its notification settings are open, so it is not part of the first
// download. The server's key comes from the client config (`WebPushPublicKey`).

/** `unsupported`, `denied` (notifications blocked), `on` or `off`. */
export async function state() {
  if (!('serviceWorker' in navigator) || !('PushManager' in window)) return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  const reg = await navigator.serviceWorker.getRegistration('/');
  const sub = reg && (await reg.pushManager.getSubscription());
  return sub ? 'on' : 'off';
}

function bytes(base64url) {
  const b64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(raw, (c) => c.charCodeAt(0));
}

/** Subscribes (asking for permission if needed); the subscription as JSON for the server. */
export async function subscribe(key) {
  const reg = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  await navigator.serviceWorker.ready;
  const sub = await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: bytes(key) });
  return JSON.stringify(sub.toJSON());
}

/** Unsubscribes; the endpoint the server should forget, or "" if there was none. */
export async function unsubscribe() {
  const reg = await navigator.serviceWorker.getRegistration('/');
  const sub = reg && (await reg.pushManager.getSubscription());
  if (!sub) return '';
  await sub.unsubscribe();
  return sub.endpoint;
}

/** Asks for permission to show notifications; the answer. */
export async function permission() {
  return Notification.requestPermission();
}
