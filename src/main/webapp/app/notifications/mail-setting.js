// A participant's own mail setting (on "My comments"): whether the engine tells them by mail when
// their contributions are answered and when a new round opens, and in which language.

import { h, uid } from '../dom.js';
import { LANGUAGES, t } from '../i18n.js';
import { api } from '../api.js';
import { clearProblem, field, problemBox, showProblem } from '../components.js';

const PATH = 'participants/me/notifications';

/** The setting as the server has it, in a form that saves it; a problem box if it cannot be read. */
export async function mailSetting() {
  const section = h(
    'section',
    { class: 'mail-setting', 'aria-labelledby': 'mail-setting-title' },
    h('h2', { id: 'mail-setting-title' }, t('mailSetting.title')),
    h('p', {}, t('mailSetting.lead')),
  );
  try {
    section.append(settingForm(await api.get(PATH)));
  } catch (error) {
    section.append(problemBox(error));
  }
  return section;
}

function settingForm(setting) {
  const mailId = uid('mail-on');
  const status = h('p', { class: 'mail-setting-status', role: 'status' });
  const form = h(
    'form',
    { class: 'mail-setting-form narrow', novalidate: true },
    h('div', { class: 'form-problem' }),
    h(
      'div',
      { class: 'field checkbox-field' },
      h('input', { type: 'checkbox', id: mailId, name: 'mail', checked: setting.mail }),
      h('label', { for: mailId }, t('mailSetting.mail')),
    ),
    field({
      label: t('mailSetting.lang'),
      name: 'lang',
      type: 'select',
      value: setting.lang || '',
      options: [{ value: '', label: t('mailSetting.lang.auto') }, ...LANGUAGES.map((code) => ({ value: code, label: t(`lang.${code}`) }))],
    }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('mailSetting.save'))),
    status,
  );
  const controls = form.elements;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    status.textContent = '';
    try {
      const saved = await api.patch(PATH, { mail: controls.mail.checked, lang: controls.lang.value || null });
      controls.mail.checked = saved.mail;
      controls.lang.value = saved.lang || '';
      const language = saved.lang ? t(`lang.${saved.lang}`) : t('mailSetting.lang.auto');
      status.textContent = saved.mail ? t('mailSetting.saved.on', { lang: language }) : t('mailSetting.saved.off');
    } catch (error) {
      showProblem(form, error);
    }
  });
  return form;
}
