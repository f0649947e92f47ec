// Notification messages (feeds, a participant's mail setting, drafters' digests, the admins'
// outbox), es and en.

export const messages = {
  es: {
    'feed.link': 'Canal (Atom)',
    'feed.law.about': 'Las versiones registradas de esta ley y las consultas que se abren y cierran sobre ella, para su lector de canales.',
    'feed.round.about': 'Las contribuciones publicadas de esta consulta y las respuestas del equipo redactor, para su lector de canales.',
    'feed.round.aboutPrivate': 'Las contribuciones publicadas de esta consulta y sus respuestas, para su lector de canales; esta consulta no publica sus contribuciones, así que el canal está vacío.',
    'mailSetting.title': 'Avisos por correo',
    'mailSetting.lead': 'Le escribimos cuando el equipo redactor responde a una de sus contribuciones y cuando se abre una nueva consulta sobre otra versión de una ley en la que participó. Vale para todas las consultas.',
    'mailSetting.mail': 'Recibir estos avisos por correo',
    'mailSetting.lang': 'Idioma de los correos',
    'mailSetting.lang.auto': 'El idioma en que escribo',
    'mailSetting.save': 'Guardar aviso',
    'mailSetting.saved.on': 'Guardado: recibirá los avisos por correo ({lang}).',
    'mailSetting.saved.off': 'Guardado: no recibirá avisos por correo.',
  },
  en: {
    'feed.link': 'Feed (Atom)',
    'feed.law.about': 'The recorded versions of this law and the consultation rounds opened and closed on it, for your feed reader.',
    'feed.round.about': 'The published contributions to this round and the drafters’ answers to them, for your feed reader.',
    'feed.round.aboutPrivate': 'The published contributions to this round and their answers, for your feed reader; this round does not publish its contributions, so the feed is empty.',
    'mailSetting.title': 'Mail notifications',
    'mailSetting.lead': 'We write to you when the drafters answer one of your contributions and when a new round opens on another version of a law you took part in. This applies to every consultation.',
    'mailSetting.mail': 'Send me these notifications by mail',
    'mailSetting.lang': 'Language of the mails',
    'mailSetting.lang.auto': 'The language I write in',
    'mailSetting.save': 'Save setting',
    'mailSetting.saved.on': 'Saved: you will get notifications by mail ({lang}).',
    'mailSetting.saved.off': 'Saved: you will get no notifications by mail.',
  },
};
