import { api } from './api.js';
import { showScenarios } from './authors.js';
import { setUpComposer } from './composer.js';
import { createPeople } from './people.js';
import { renderMessage, replyKeyboardOf } from './render-message.js';

/**
 * The playground page: several simulated people, each with their own private chat with
 * the real bot. One event stream carries every chat's messages, edits, deletions, typing
 * and button answers, so what the bot sends unasked (reminders) shows up live.
 */

const $ = (id) => document.getElementById(id);
const ui = {
  people: $('people'),
  addPerson: $('add-person'),
  personName: $('person-name'),
  personLanguage: $('person-language'),
  botName: $('bot-name'),
  botStatus: $('bot-status'),
  currentPerson: $('current-person'),
  connection: $('connection'),
  messages: $('messages'),
  replyKeyboard: $('reply-keyboard'),
  toast: $('toast'),
  authors: $('authors'),
  toggleAuthors: $('toggle-authors'),
  remindNow: $('remind-now'),
  remindStatus: $('remind-status'),
};

const people = createPeople();
/** chat id -> (message id -> transcript entry) */
const chats = new Map();
const unread = new Map();
let commands = [];
let typingTimer;

const actions = {
  onPress: (messageId, data) => act(() => api.press(people.current(), messageId, data)),
  onCommand: (command) => sendText(command),
  fileUrl: api.fileUrl,
};

function chatOf(id) {
  let chat = chats.get(id);
  if (!chat) chats.set(id, (chat = new Map()));
  return chat;
}

async function act(request) {
  try {
    await request();
  } catch (error) {
    toast(error.message);
  }
}

function sendText(text) {
  return act(() => api.sendText(people.current(), text));
}

function toast(text) {
  ui.toast.textContent = text;
  ui.toast.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => (ui.toast.hidden = true), 3500);
}

// --- people --------------------------------------------------------------------------

function renderPeople() {
  const current = people.current();
  ui.currentPerson.textContent = current.name;
  ui.people.replaceChildren(
    ...people.all().map((person) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = `person${person.id === current.id ? ' current' : ''}`;
      button.dataset.personId = String(person.id);
      button.setAttribute('aria-pressed', String(person.id === current.id));
      const avatar = document.createElement('span');
      avatar.className = 'avatar';
      avatar.style.background = `hsl(${person.id % 360} 55% 55%)`;
      avatar.textContent = person.name.slice(0, 1).toUpperCase();
      const name = document.createElement('span');
      name.className = 'person-name';
      name.textContent = person.name;
      const lang = document.createElement('small');
      lang.textContent = person.language;
      button.append(avatar, name, lang);
      const count = unread.get(person.id) ?? 0;
      if (count > 0) {
        const badge = document.createElement('span');
        badge.className = 'unread';
        badge.textContent = String(count);
        button.append(badge);
      }
      button.addEventListener('click', () => switchTo(person.id));
      li.append(button);
      return li;
    }),
  );
}

async function switchTo(id) {
  people.select(id);
  unread.delete(id);
  renderPeople();
  renderChat();
  await reloadChat(id);
}

ui.addPerson.addEventListener('submit', (event) => {
  event.preventDefault();
  const person = people.add(ui.personName.value, ui.personLanguage.value);
  ui.addPerson.reset();
  void switchTo(person.id);
});

// --- the chat ------------------------------------------------------------------------

async function reloadChat(id) {
  try {
    const entries = await api.transcript(id);
    const chat = chatOf(id);
    chat.clear();
    for (const entry of entries) chat.set(entry.message_id, entry);
    if (id === people.current().id) renderChat();
  } catch (error) {
    toast(`Could not load the chat: ${error.message}`);
  }
}

function visibleEntries(id) {
  return [...chatOf(id).values()].filter((e) => !e.deleted).sort((a, b) => a.message_id - b.message_id);
}

function renderChat() {
  const entries = visibleEntries(people.current().id);
  ui.messages.replaceChildren(...entries.map((e) => renderMessage(e, actions)));
  if (entries.length === 0) {
    const hint = document.createElement('p');
    hint.className = 'empty';
    hint.textContent = 'Say /start to begin.';
    ui.messages.append(hint);
  }
  renderReplyKeyboard(entries);
  scrollToEnd();
}

/** Puts one new or changed entry in place without redrawing the chat. */
function upsertMessage(entry) {
  ui.messages.querySelector('.empty')?.remove();
  const existing = ui.messages.querySelector(`[data-message-id="${entry.message_id}"]`);
  if (entry.deleted) {
    existing?.remove();
  } else if (existing) {
    existing.replaceWith(renderMessage(entry, actions));
  } else {
    const nearBottom = ui.messages.scrollHeight - ui.messages.scrollTop - ui.messages.clientHeight < 80;
    const after = [...ui.messages.children].find((el) => Number(el.dataset.messageId) > entry.message_id);
    ui.messages.insertBefore(renderMessage(entry, actions), after ?? null);
    if (nearBottom || entry.from === 'user') scrollToEnd();
  }
  renderReplyKeyboard(visibleEntries(people.current().id));
}

function renderReplyKeyboard(entries) {
  const rows = replyKeyboardOf(entries);
  ui.replyKeyboard.hidden = !rows;
  ui.replyKeyboard.replaceChildren(
    ...(rows ?? []).map((labels) => {
      const row = document.createElement('div');
      row.className = 'keyboard-row';
      for (const label of labels) {
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = label;
        b.addEventListener('click', () => sendText(label));
        row.append(b);
      }
      return row;
    }),
  );
}

function scrollToEnd() {
  ui.messages.scrollTop = ui.messages.scrollHeight;
}

function setTyping(on) {
  clearTimeout(typingTimer);
  ui.botStatus.textContent = on ? 'typing…' : 'bot';
  ui.botStatus.classList.toggle('typing', on);
  // Telegram shows an action for five seconds or until the next message.
  if (on) typingTimer = setTimeout(() => setTyping(false), 5000);
}

// --- live events ---------------------------------------------------------------------

function onEntry(event) {
  const data = JSON.parse(event.data);
  const { chat_id: chatId, ...entry } = data;
  // Each event carries the whole message as it now is (an edit without a keyboard removed it).
  chatOf(chatId).set(entry.message_id, entry);
  if (chatId === people.current().id) {
    if (entry.from === 'bot') setTyping(false);
    upsertMessage(entry);
  } else if (event.type === 'message' && entry.from === 'bot' && people.byId(chatId)) {
    unread.set(chatId, (unread.get(chatId) ?? 0) + 1);
    renderPeople();
  }
}

function connect() {
  const events = api.events();
  events.addEventListener('open', () => {
    ui.connection.hidden = true;
    // Anything that happened while disconnected (or before the first connect) is in the transcript.
    void reloadChat(people.current().id);
    void refreshCommands();
  });
  events.addEventListener('error', () => (ui.connection.hidden = false));
  events.addEventListener('message', onEntry);
  events.addEventListener('edit', onEntry);
  events.addEventListener('delete', (event) => {
    const { chat_id: chatId, message_id: messageId } = JSON.parse(event.data);
    const entry = chatOf(chatId).get(messageId);
    if (entry) chatOf(chatId).set(messageId, { ...entry, deleted: true });
    if (chatId === people.current().id) upsertMessage({ message_id: messageId, deleted: true });
  });
  events.addEventListener('chat_action', (event) => {
    const { chat_id: chatId, action } = JSON.parse(event.data);
    if (chatId === people.current().id) setTyping(action === 'typing');
  });
  events.addEventListener('callback_answer', (event) => {
    const { chat_id: chatId, text } = JSON.parse(event.data);
    if (chatId === people.current().id && text) toast(text);
  });
}

async function refreshCommands() {
  try {
    commands = await api.commands();
    composer.refresh();
  } catch {
    // The bot registers its commands at start-up; the next reconnect tries again.
  }
}

// --- authors -------------------------------------------------------------------------

const AUTHORS_KEY = 'letgo-playground:authors';

function setAuthorsOpen(open) {
  ui.authors.hidden = !open;
  ui.toggleAuthors.setAttribute('aria-expanded', String(open));
  document.getElementById('layout').classList.toggle('with-authors', open);
  localStorage.setItem(AUTHORS_KEY, open ? 'open' : 'closed');
}

ui.toggleAuthors.addEventListener('click', () => setAuthorsOpen(ui.authors.hidden));

ui.remindNow.addEventListener('click', async () => {
  const person = people.current();
  ui.remindStatus.textContent = `Sending ${person.name}'s reminder…`;
  try {
    const result = await api.remindNow(person);
    ui.remindStatus.textContent = result.sent
      ? `Sent to ${person.name}: it arrives in the chat like any reminder.`
      : `Nothing sent to ${person.name}: ${result.reason ?? 'no reason given'}`;
  } catch (error) {
    ui.remindStatus.textContent = error.message;
  }
});

// --- start ---------------------------------------------------------------------------

const composer = setUpComposer({
  form: $('composer'),
  input: $('text'),
  button: $('commands-button'),
  list: $('suggestions'),
  commands: () => commands,
  onSend: sendText,
});

setAuthorsOpen(localStorage.getItem(AUTHORS_KEY) !== 'closed' && window.innerWidth >= 1000);
renderPeople();
renderChat();
connect();
void api.me().then((me) => (ui.botName.textContent = me.first_name), () => {});
void showScenarios({
  list: $('scenarios'),
  banner: $('scenarios-banner'),
  problems: $('scenario-problems'),
  onStart: (id) => sendText(`/start ${id}`),
  onNotice: toast,
});
