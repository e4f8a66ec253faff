import { api } from './api.js';
import { createScenarioPanel } from './authors.js';
import { createChatView } from './chat-view.js';
import { setUpComposer } from './composer.js';
import { fillLanguagePicker } from './languages.js';
import { createPeople } from './people.js';
import { avatarOf, renderPeople } from './people-view.js';
import { createReminderBox } from './reminder-box.js';
import { createSheet } from './sheet.js';
import { whenBotReady } from './startup.js';

/**
 * The playground page: several simulated people, each with their own private chat with
 * the real bot. One event stream carries every chat's messages, edits, deletions, typing
 * and button answers, so what the bot sends unasked (reminders) shows up live.
 */

const $ = (id) => document.getElementById(id);
const ui = {
  layout: $('layout'),
  peoplePanel: $('people-panel'),
  people: $('people'),
  togglePeople: $('toggle-people'),
  peopleAvatar: $('people-avatar'),
  peopleCurrent: $('people-current'),
  addPerson: $('add-person'),
  personName: $('person-name'),
  personLanguage: $('person-language'),
  languageNote: $('language-note'),
  botName: $('bot-name'),
  botStatus: $('bot-status'),
  starting: $('starting'),
  currentPerson: $('current-person'),
  connection: $('connection'),
  messages: $('messages'),
  input: $('text'),
  toast: $('toast'),
};

const people = createPeople();
/** chat id -> (message id -> transcript entry) */
const chats = new Map();
const unread = new Map();
let commands = [];
let typingTimer;
let botReady = false;
/** The languages the bot speaks; undefined until it is ready. */
let spoken;

const chatOf = (id) => {
  let chat = chats.get(id);
  if (!chat) chats.set(id, (chat = new Map()));
  return chat;
};

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

const focusMessageBox = () => ui.input.focus({ preventScroll: true });

const chatView = createChatView({
  messages: ui.messages,
  replyKeyboard: $('reply-keyboard'),
  actions: {
    onPress: (messageId, data) => act(() => api.press(people.current(), messageId, data)),
    onCommand: (command) => sendText(command),
    fileUrl: api.fileUrl,
  },
  onReplyKey: (label) => {
    void sendText(label);
    focusMessageBox();
  },
});

// --- people --------------------------------------------------------------------------

function showPeople() {
  const current = people.current();
  ui.currentPerson.textContent = current.name;
  ui.peopleCurrent.textContent = current.name;
  avatarOf(current, ui.peopleAvatar);
  renderPeople(ui.people, { people: people.all(), currentId: current.id, unread, spoken, onSelect: (id) => void switchTo(id) });
}

function setPeopleOpen(open) {
  ui.peoplePanel.classList.toggle('open', open);
  ui.togglePeople.setAttribute('aria-expanded', String(open));
}
ui.togglePeople.addEventListener('click', () => setPeopleOpen(!ui.peoplePanel.classList.contains('open')));

async function switchTo(id) {
  people.select(id);
  unread.delete(id);
  setPeopleOpen(false);
  showPeople();
  showChat();
  reminderBox.personChanged();
  scenarios.personChanged();
  focusMessageBox();
  await reloadChat(id);
}

ui.addPerson.addEventListener('submit', (event) => {
  event.preventDefault();
  const person = people.add(ui.personName.value, ui.personLanguage.value);
  ui.addPerson.reset();
  fillLanguagePicker(ui.personLanguage, ui.languageNote, spoken);
  void switchTo(person.id);
});

// --- the chat ------------------------------------------------------------------------

async function reloadChat(id) {
  try {
    const entries = await api.transcript(id);
    const chat = chatOf(id);
    chat.clear();
    for (const entry of entries) chat.set(entry.message_id, entry);
    if (id === people.current().id) showChat();
  } catch (error) {
    toast(`Could not load the chat: ${error.message}`);
  }
}

const visibleEntries = (id) => [...chatOf(id).values()].filter((e) => !e.deleted).sort((a, b) => a.message_id - b.message_id);

function showChat() {
  chatView.render(visibleEntries(people.current().id), botReady ? 'Say /start to begin.' : 'Say /start: the bot answers once it is ready.');
}

function upsert(entry) {
  const { lostFocus } = chatView.upsert(entry, visibleEntries(people.current().id));
  // A tapped button that the bot took away (it edits answered questions) leaves focus nowhere.
  if (lostFocus) focusMessageBox();
}

function showStatus(text, className) {
  ui.botStatus.textContent = text;
  ui.botStatus.className = `status ${className}`;
}

function setTyping(on) {
  clearTimeout(typingTimer);
  if (!botReady) return;
  showStatus(on ? 'typing…' : 'bot', on ? 'typing' : '');
  // Telegram shows an action for five seconds or until the next message.
  if (on) typingTimer = setTimeout(() => setTyping(false), 5000);
}

// --- live events ---------------------------------------------------------------------

function onEntry(event) {
  const { chat_id: chatId, ...entry } = JSON.parse(event.data);
  // Each event carries the whole message as it now is (an edit without a keyboard removed it).
  chatOf(chatId).set(entry.message_id, entry);
  if (chatId === people.current().id) {
    if (entry.from === 'bot') setTyping(false);
    upsert(entry);
    if (entry.from === 'bot') scenarios.chatChanged();
  } else if (event.type === 'message' && entry.from === 'bot' && people.byId(chatId)) {
    unread.set(chatId, (unread.get(chatId) ?? 0) + 1);
    showPeople();
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
    if (chatId === people.current().id) upsert({ message_id: messageId, deleted: true });
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

const reminderBox = createReminderBox({ button: $('remind-now'), status: $('remind-status'), person: () => people.current() });
const scenarios = createScenarioPanel({
  list: $('scenarios'),
  banner: $('scenarios-banner'),
  problems: $('scenario-problems'),
  legend: $('funnel-legend'),
  where: $('where'),
  person: () => people.current(),
  onStart: (id) => {
    void sendText(`/start ${id}`);
    // Covering the chat, the sheet would hide the answer; docked, it stays to follow along.
    if (sheet.covering()) sheet.close();
  },
  onNotice: toast,
});
let scenariosLoaded = false;
const loadScenarios = () => {
  if (!botReady || scenariosLoaded || $('authors').hidden) return;
  scenariosLoaded = true;
  void scenarios.load();
};
const sheet = createSheet({
  panel: $('authors'),
  toggle: $('toggle-authors'),
  close: $('close-authors'),
  backdrop: $('authors-backdrop'),
  layout: ui.layout,
  behind: [ui.peoplePanel, document.querySelector('main.chat')],
  storageKey: 'letgo-playground:authors',
  onOpen: () => {
    loadScenarios();
    scenarios.personChanged();
  },
});

// --- start ---------------------------------------------------------------------------

const composer = setUpComposer({
  form: $('composer'),
  input: ui.input,
  button: $('commands-button'),
  list: $('suggestions'),
  commands: () => commands,
  onSend: (text) => {
    void sendText(text);
    focusMessageBox();
  },
});

fillLanguagePicker(ui.personLanguage, ui.languageNote, spoken);
showPeople();
showChat();
connect();
focusMessageBox();
void api.me().then((me) => (ui.botName.textContent = me.first_name), () => {});
showStatus('starting…', 'starting');
whenBotReady((bot) => {
  botReady = true;
  spoken = bot.languages;
  ui.starting.hidden = true;
  showStatus('bot', '');
  fillLanguagePicker(ui.personLanguage, ui.languageNote, spoken);
  showPeople();
  if (visibleEntries(people.current().id).length === 0) showChat();
  void refreshCommands();
  loadScenarios();
});
