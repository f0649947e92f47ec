// Interface language (es or en) and message catalogues. The shell's own strings are here;
// each capability adds its catalogue with addMessages() from its routes.js.

export const LANGUAGES = ['es', 'en'];
const STORAGE_KEY = 'consulta.lang';
const catalogues = { es: {}, en: {} };
const listeners = [];
let current = initialLanguage();

function initialLanguage() {
  const saved = safeStorage()?.getItem(STORAGE_KEY);
  if (LANGUAGES.includes(saved)) return saved;
  for (const tag of navigator.languages || [navigator.language || 'en']) {
    const base = String(tag).slice(0, 2).toLowerCase();
    if (LANGUAGES.includes(base)) return base;
  }
  return 'en';
}

function safeStorage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Adds messages: {es: {key: 'texto'}, en: {key: 'text'}}. Keys should be prefixed by capability. */
export function addMessages(messages) {
  for (const lang of LANGUAGES) Object.assign(catalogues[lang], messages[lang] || {});
}

/** The message for key in the current language, with {name} placeholders filled from vars. */
export function t(key, vars = {}) {
  return tIn(current, key, vars);
}

/** The message in a given language (say, the language of a law's text rather than the interface's). */
export function tIn(language, key, vars = {}) {
  const template = catalogues[language]?.[key] ?? catalogues.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name) => (name in vars ? String(vars[name]) : match));
}

/** Whether the catalogues hold this key (in English, the fallback of every message). */
export function hasMessage(key) {
  return key in catalogues.en;
}

export function lang() {
  return current;
}

export function setLang(next) {
  if (!LANGUAGES.includes(next) || next === current) return;
  current = next;
  safeStorage()?.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
  listeners.forEach((fn) => fn(next));
}

export function onLangChange(fn) {
  listeners.push(fn);
}

/**
 * Formats an ISO instant for people, in the interface language. A date JavaScript cannot hold
 * (years past ±275760, or text that is no date) is shown as the API gave it rather than thrown.
 */
export function formatDate(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return new Intl.DateTimeFormat(current, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

document.documentElement.lang = current;

addMessages({
  es: {
    'app.name': 'Consulta',
    'app.skip': 'Saltar al contenido',
    'nav.label': 'Principal',
    'nav.laws': 'Leyes',
    'nav.research': 'Investigación',
    'nav.consultations': 'Consultas',
    'nav.login': 'Iniciar sesión',
    'nav.logout': 'Cerrar sesión',
    'nav.language': 'Idioma',
    'nav.signedInAs': 'Sesión de {name}',
    'lang.es': 'Español',
    'lang.en': 'English',
    'common.loading': 'Cargando…',
    'common.save': 'Guardar',
    'common.cancel': 'Cancelar',
    'common.close': 'Cerrar',
    'common.back': 'Volver',
    'common.notFound': 'No se encontró esta página.',
    'common.home': 'Ir al inicio',
    'error.title': 'No se pudo completar',
    'error.field': 'Campo: {field}',
    'error.network': 'No hay conexión con el servidor.',
    'error.401': 'Necesita iniciar sesión.',
    'error.403': 'Su cuenta no tiene permiso para esto.',
    'error.404': 'No existe.',
    'error.409': 'Conflicto con un cambio de otra persona.',
    'error.412': 'Otra persona cambió esto entretanto.',
    'error.500': 'Error del servidor.',
    'error.labelled': '«{label}»: {message}',
    'problem.required': 'Es obligatorio.',
    'problem.too-long': 'El texto es demasiado largo.',
    'problem.too-short': 'Es demasiado corto.',
    'problem.invalid-format': 'El valor no tiene la forma esperada.',
    'problem.out-of-range': 'El valor está fuera de lo admitido.',
    'problem.unknown-field': 'El servidor no admite este dato.',
    'problem.invalid': 'El valor no es válido.',
    'problem.round-closed': 'La consulta no está abierta: no admite contribuciones ahora.',
    'problem.unauthenticated': 'Necesita iniciar sesión.',
    'problem.forbidden': 'Su cuenta no tiene permiso para esto.',
    'problem.not-found': 'No existe.',
    'problem.gone': 'Ya no existe.',
    'problem.taken': 'Ya está en uso: elija otro.',
    'problem.conflict': 'Choca con el estado actual: recargue la página.',
    'problem.stale': 'Otra persona cambió esto entretanto.',
    'problem.precondition-required': 'Recargue la página antes de guardar.',
    'problem.too-large': 'El envío es demasiado grande.',
    'problem.too-slow': 'El envío tardó demasiado.',
    'problem.unavailable': 'El servidor aún no está listo; inténtelo de nuevo en un momento.',
    'problem.too-many-requests': 'Demasiados intentos; espere un momento.',
    'problem.method-not-allowed': 'Esta operación no está permitida aquí.',
    'problem.unsupported-media-type': 'El servidor no admite este formato.',
    'problem.internal': 'Error del servidor.',
    'login.title': 'Iniciar sesión',
    'login.username': 'Usuario',
    'login.password': 'Contraseña',
    'login.submit': 'Entrar',
    'login.failed': 'Usuario o contraseña incorrectos.',
    'login.done': 'Sesión iniciada como {name}.',
    'logout.done': 'Sesión cerrada.',
    'home.title': 'Consulta',
    'home.lead': 'Leyes modelo redactadas artículo por artículo, sometidas a consulta pública y comparadas con la legislación nacional.',
  },
  en: {
    'app.name': 'Consulta',
    'app.skip': 'Skip to content',
    'nav.label': 'Main',
    'nav.laws': 'Laws',
    'nav.research': 'Research',
    'nav.consultations': 'Consultations',
    'nav.login': 'Log in',
    'nav.logout': 'Log out',
    'nav.language': 'Language',
    'nav.signedInAs': 'Signed in as {name}',
    'lang.es': 'Español',
    'lang.en': 'English',
    'common.loading': 'Loading…',
    'common.save': 'Save',
    'common.cancel': 'Cancel',
    'common.close': 'Close',
    'common.back': 'Back',
    'common.notFound': 'This page was not found.',
    'common.home': 'Go to the start page',
    'error.title': 'That did not work',
    'error.field': 'Field: {field}',
    'error.network': 'The server cannot be reached.',
    'error.401': 'You need to log in.',
    'error.403': 'Your account may not do this.',
    'error.404': 'It does not exist.',
    'error.409': 'This conflicts with someone else’s change.',
    'error.412': 'Someone else changed this in the meantime.',
    'error.500': 'Server error.',
    'error.labelled': '“{label}”: {message}',
    'problem.required': 'This is required.',
    'problem.too-long': 'The text is too long.',
    'problem.too-short': 'This is too short.',
    'problem.invalid-format': 'The value is not in the expected form.',
    'problem.out-of-range': 'The value is outside what is accepted.',
    'problem.unknown-field': 'The server does not take this value.',
    'problem.invalid': 'The value is not valid.',
    'problem.round-closed': 'The consultation is not open: it takes no contributions now.',
    'problem.unauthenticated': 'You need to log in.',
    'problem.forbidden': 'Your account may not do this.',
    'problem.not-found': 'It does not exist.',
    'problem.gone': 'It no longer exists.',
    'problem.taken': 'This is already in use: choose another.',
    'problem.conflict': 'This clashes with the current state: reload the page.',
    'problem.stale': 'Someone else changed this in the meantime.',
    'problem.precondition-required': 'Reload the page before saving.',
    'problem.too-large': 'What was sent is too large.',
    'problem.too-slow': 'What was sent took too long to arrive.',
    'problem.unavailable': 'The server is not ready yet; try again in a moment.',
    'problem.too-many-requests': 'Too many attempts; wait a moment.',
    'problem.method-not-allowed': 'This operation is not allowed here.',
    'problem.unsupported-media-type': 'The server does not take this format.',
    'problem.internal': 'Server error.',
    'login.title': 'Log in',
    'login.username': 'Username',
    'login.password': 'Password',
    'login.submit': 'Log in',
    'login.failed': 'Wrong username or password.',
    'login.done': 'Logged in as {name}.',
    'logout.done': 'Logged out.',
    'home.title': 'Consulta',
    'home.lead': 'Model laws drafted article by article, put to public consultation and compared with national legislation.',
  },
});
