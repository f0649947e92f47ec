// Notification messages (feeds, a participant's mail setting, drafters' digests, the admins'
// outbox), es and en.

export const messages = {
  es: {
    'feed.link': 'Canal (Atom)',
    'feed.law.about': 'Las versiones registradas de esta ley y las consultas que se abren y cierran sobre ella, para su lector de canales.',
    'feed.round.about': 'Las contribuciones publicadas de esta consulta y las respuestas del equipo redactor, para su lector de canales.',
    'feed.round.aboutPrivate': 'Las contribuciones publicadas de esta consulta y sus respuestas, para su lector de canales; esta consulta no publica sus contribuciones, así que el canal está vacío.',
  },
  en: {
    'feed.link': 'Feed (Atom)',
    'feed.law.about': 'The recorded versions of this law and the consultation rounds opened and closed on it, for your feed reader.',
    'feed.round.about': 'The published contributions to this round and the drafters’ answers to them, for your feed reader.',
    'feed.round.aboutPrivate': 'The published contributions to this round and their answers, for your feed reader; this round does not publish its contributions, so the feed is empty.',
  },
};
