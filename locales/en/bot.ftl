# The bot's own words outside the scenarios and the safety texts. Telegram HTML where the
# message is sent as HTML (most are). Short, warm, plain; one idea per message.

## Welcome, help, menu

welcome =
    Hi { $name }. I'm letgo, a pocket coach for the days after a breakup.

    We practise letting go: loosening the grip on what we cannot control, so there is room for what we can.

    <i>I am a self-help coach, not therapy and not a crisis service. If you are in danger, please call your local emergency number, or send /sos.</i>
welcome-back = Welcome back. I can send you reminders again; /remind shows how they are set.
help-intro = Here is what I can do:
help-outro = Tap buttons when you see them; type when I ask you to.
menu-scenarios = Pick a conversation
menu-urge = About to text them?
menu-remind = Daily reminders
menu-help = Help

## The command menu (Telegram shows these next to each command)

command-start = Welcome and main menu
command-scenarios = Pick a coaching conversation
command-urge = About to text them? Start here
command-remind = Your daily reminder: on, off or a time
command-timezone = Set your time zone, e.g. /timezone Berlin
command-pause = Skip reminders for a few days, e.g. /pause 3
command-journal = Read what you have written
command-progress = Your practice and check-ins
command-cancel = Leave the current conversation
command-sos = Helplines, if things feel too heavy
command-safetyplan = Your plan for hard moments
command-country = Your country, for the right helplines
command-language = Change my language
command-stop = Stop every message I would send unasked
command-export = Download everything I keep about you
command-delete = Erase everything I keep about you
command-help = What I can do

## Answers when nothing else fits (crisis detection has read every word first)

stopped =
    Done. I will not send you anything unless you write to me first.

    Your data stays until you ask: /delete erases it. /start opts you back in.
coming-soon = /{ $command } is coming soon. For now, /help shows what works.
unknown-command = I don't know /{ $command }, sorry. /help lists what I can do.
non-text = I can't see pictures or stickers, only words and button taps. If you'd like to talk something through, /scenarios is a good start.
free-text = Thank you for telling me. I can't answer free messages well, but a short guided conversation might help: /scenarios. If things feel too heavy right now, /sos shows people you can talk to, any time.
paused = Our conversation <b>{ $title }</b> is paused. Whenever you're ready, /scenarios takes you back to it. If things feel too heavy, /sos shows people you can talk to.
private-only = Hi! I work in private chats only, to keep what people share private. Message me directly: @{ $username }
error = Sorry, something went wrong on my side. Please try again in a moment.
button-ended = That one has ended. /help shows where to go from here.

# Polling, when the database stayed away for a minute: the message was not kept.
error-not-saved = I couldn't save that — please send it again.

## Language

language-choose = Which language would you like me to speak?
language-set = Okay, I'll speak English from now on.
language-name = English

## Scenarios: menus, switching, leaving

scenarios-intro = Pick a conversation. Each takes a few minutes, and you can leave any time with /cancel.
scenarios-in-run = You are in the middle of <b>{ $title }</b>. Pick it to carry on, or another one to switch.
scenarios-line = { $index }. <b>{ $title }</b>: { $summary }
scenarios-continue = ↩ Continue: { $title }
scenarios-switch-question = You are in the middle of <b>{ $current }</b>. Leave it and start <b>{ $next }</b>?
scenarios-restart-question = You are in the middle of <b>{ $title }</b>. Start it over from the beginning?
scenarios-switch-yes = Yes, start { $title }
scenarios-restart-yes = Start over
scenarios-stay = No, carry on
scenarios-all = All conversations
scenarios-unknown = I don't know a conversation called “{ $id }”. Here are the ones I have:
scenarios-cancelled = Okay, we have left <b>{ $title }</b>. What you answered so far is kept. /scenarios whenever you want another go.
scenarios-nothing-to-cancel = There is no conversation to leave right now. /scenarios lets you pick one.
scenarios-ended = That one has ended.
scenarios-ended-use-latest = That one has ended. Please use the latest message.
scenarios-changed = I have rewritten <b>{ $title }</b> since you started it, and the part you were on is gone. Would you like to begin it again?
scenarios-start-again = Begin again
scenarios-gone = That conversation is no longer here. Here are the ones I have:

## What the bot says when an answer does not fit the step

refuse-tap = When you're ready, tap one of the buttons above. (/cancel leaves this conversation.)
refuse-older-button = That button is from an older message. Please use the latest one.
refuse-finished = We have finished this one. Pick another from the menu whenever you like.
refuse-changed = This conversation changed since we started it. Let's begin it again.
refuse-tick = Tick whatever fits, then tap “{ $done }”.
refuse-type = Please type your answer as a message.
refuse-empty = I didn't catch any words there. Could you type a few?
refuse-too-long = That is a bit more than I can keep: { $length } characters, and the limit here is { $max }. Could you shorten it?

## The journal

journal-empty = Your journal is empty for now. Some conversations ask you to write (try “What am I holding?” in /scenarios); what you write there lands here.
journal-title = <b>Your journal</b>
journal-title-page = <b>Your journal</b> ({ $from }–{ $to } of { $total })
journal-newer = ‹ Newer
journal-older = Older ›
journal-cut = <i>Some entries are shortened here; /export has them in full.</i>

## Privacy

export-caption = Everything I keep about you, as JSON. /delete erases it.
delete-question = This erases everything I keep about you: settings, reminders, answers, journal, safety plan. It cannot be undone. Erase it?
delete-yes = Yes, erase everything
delete-no = No, keep it
delete-done = Done. Everything I kept about you is erased. If you write to me again, we start fresh.
delete-kept = Nothing was erased.
