# Causerie: the source strings (en-US). Translators: see locales/README.md.

-brand-name = Causerie
