# The reminder feature's own words: /remind, /timezone, /pause, /progress, the check-in replies,
# and the messages the dispatcher sends besides the daily texts (those, and the check-in question
# under each reminder, are in scenarios/reminders.yaml). Telegram HTML where the message is sent
# as HTML. Weekday names and dates come from the language's calendar (Intl), not from here.

## The offer and the set-up

remind-offer =
    Would a short reminder once a day help? One or two sentences about staying engaged while letting go of the outcome, and a one-tap check-in.

    Pick a time (your local time), or send /remind 7:45 for another one.
# $schedule is a whole remind-schedule-… phrase.
remind-offer-when-on = Your reminder is on: { $schedule }. Pick another time if you like:
# Added to the welcome of someone who never answered the offer, after an empty line.
remind-welcome-line = A short daily reminder helps the practice stick: tap <b>Daily reminders</b> to choose a time.
remind-not-now = No problem. /remind sets up a daily reminder whenever you like.
remind-button-later = Not now
remind-button-off = Turn off
remind-ask-zone = Reminders at <b>{ $time }</b>. Which city are you in? Type it, e.g. <i>Berlin</i>, <i>Paris, France</i> or <i>UTC+2</i>, so { $time } is your { $time }.
remind-turned-off = Daily reminders are off. /remind on brings them back.
remind-back-on = Welcome back. { $confirm }
remind-confirm =
    Done: a reminder { $schedule }.
    { $next }
remind-confirm-stopped = You used /stop earlier: send /start to receive reminders again.

## How often, at what time, where

remind-frequency-daily = every day
remind-frequency-weekdays = on weekdays
remind-frequency-every-other-day = every other day
remind-frequency-daily-button = Every day
remind-frequency-weekdays-button = Weekdays
remind-frequency-every-other-day-button = Every other day
remind-frequency-set = Reminders { $frequency } now. { $next }
# "every day at 20:00, Munich time": the place the person named, or their zone's city.
remind-schedule-place = { $frequency } at <b>{ $time }</b>, { $place } time
# A zone without a place: "every day at 20:00 (UTC+5:30)".
remind-schedule-zone = { $frequency } at <b>{ $time }</b> ({ $zone })
remind-schedule = { $frequency } at <b>{ $time }</b>
remind-next = Next: { $when }.
remind-next-paused = Paused for now. Next: { $when }.
remind-when-today = today at { $time }
remind-when-tomorrow = tomorrow at { $time }
# $weekday is the weekday's full name ("Friday"), within the coming week.
remind-when-weekday = on { $weekday } at { $time }
# $date is a short date with its weekday ("Thu 12 Jun"), further ahead.
remind-when-date = on { $date } at { $time }

## /remind

remind-state-off = Daily reminders are <b>off</b>.
remind-state-off-auto = Daily reminders are <b>off</b>. They paused themselves after going unanswered for a while, which is fine.
remind-state-no-time = Daily reminders are <b>on</b>, but I still need a time. Pick one below or send /remind 7:45.
remind-state-no-zone = Daily reminders are <b>on</b> at { $time }, but I still need your city or time zone.
remind-state-on = Daily reminders are <b>on</b>: { $schedule }.
remind-state-stopped = You used /stop, so nothing is sent until you /start again.
remind-state-change = Change it below, or: /remind 20:30, /timezone Munich, /pause 3 or /remind off.
remind-time-hint = Please send a time like 20:30, 8:30, 8pm or 8:30am, e.g. /remind 20:30
remind-bad-time = I couldn't read that time. { remind-time-hint }

## The weekly summary's day

remind-summary-ask = A short look back at your week, with your reminders, on a day you choose. Which day?
remind-summary-off-button = No summary
remind-summary-none = No weekly summary.
# $weekday is the full name ("Sunday").
remind-summary-set = Your week’s summary comes on { $weekday }s.
remind-summary-button-off = Weekly summary: off
# $weekday is the short name ("Sun").
remind-summary-button = Weekly summary: { $weekday }

## The time zone

remind-zone-type = Type it, e.g. <i>Berlin</i>, <i>Paris, France</i> or <i>UTC+2</i>.
remind-zone-ask = Which city are you in? { remind-zone-type }
remind-zone-current = Your time zone: { $where }.
remind-place-time = { $place } time
remind-zone-set = Time zone set: <b>{ $zone }</b>.
remind-zone-set-place = Time zone set: <b>{ $place }</b> time.
remind-zone-set-off = /remind sets up a daily reminder.
remind-zone-retry = I couldn't find “{ $typed }”. Try a big city near you, or “City, Country”, or a zone like UTC+2. (/remind off if you'd rather not.)
remind-zone-suggest = I couldn't find “{ $typed }”. Did you mean <b>{ $place }</b>?
remind-zone-suggest-button = Yes, { $place }
remind-zone-hint = Please send a city or time zone like Berlin, Paris, France, New York, Mumbai, UTC or UTC+2, e.g. /timezone Europe/Berlin or /timezone Lyon, France
remind-bad-zone = I couldn't find that place. { remind-zone-hint }

## /pause

# $min and $max are the range /pause accepts (1 and 90).
remind-days-hint = Please send a number of days from { $min } to { $max }, e.g. /pause 7
remind-pause-help = { remind-days-hint }. /pause off lifts a pause.
remind-days-unreadable = I couldn't read that as a number of days. { remind-days-hint }
remind-days-out-of-range = I can pause reminders for { $min } to { $max } days at a time, e.g. /pause 7
remind-paused =
    Paused for { $days ->
        [7] a week
        [one] { $days } day
       *[other] { $days } days
    }. { $next } /pause off lifts it sooner.
remind-pause-lifted = Pause lifted. { $next }
remind-pause-when-off = Your daily reminders are off, so there is nothing to pause. /remind sets them up.

## The contact question

remind-contact-question = One question, so the reminders fit your days: are you still in contact with your ex?
remind-contact-yes = Yes, we still talk
remind-contact-no = Not any more
remind-contact-complicated = It’s complicated
remind-contact-thanks-yes = Thank you. Some reminders will speak to the moments you’re in touch.
remind-contact-thanks-no = Thank you. I’ll leave out the reminders about texting or seeing them.
remind-contact-thanks-complicated = Thank you. That’s often how it is. I’ll keep the reminders for both kinds of day.

## After five reminders without an answer, and after ten

remind-keep-going =
    I’ve sent you a few reminders without hearing back, and that is completely fine.

    Would you like them to keep coming?
remind-keep-going-yes = Yes, keep going
remind-keep-going-pause = Pause for a week
remind-keep-going-stop = Stop reminders
remind-keep-going-reply = Good to hear from you. Your reminders keep coming.
remind-auto-paused =
    I’ve paused your daily reminders, so they don’t pile up while you’re busy living.

    Whenever you want them back, send /remind on.
remind-auto-paused-button = Turn them back on

## A tap on a check-in button under a reminder ($answer is the button's words)

checkin-noted = Noted: { $answer }. Thank you for checking in.
checkin-same = Already noted: { $answer }.
checkin-unknown = I can’t find that reminder any more. Your next one comes with fresh buttons.
# The replies to each mood, so the same words do not come twice in a row. There are three of
# each (the code counts them); "holding" comes with buttons to two scenarios.
checkin-reply-holding-1 = That sounds like a heavy day. You don’t have to fix anything right now. If it helps, take ten quiet minutes with one of these:
checkin-reply-holding-2 = Holding on tight is human, not a failure. One of these might make the next hour a little lighter:
checkin-reply-holding-3 = Thank you for being honest about it. A small step is enough today. Here are two you could take:
checkin-reply-between-1 = Somewhere between is an honest place to be. Notice one thing you let be today.
checkin-reply-between-2 = Part holding, part letting go: that is what moving looks like.
checkin-reply-between-3 = Thank you for checking in. In between still counts as practice.
checkin-reply-letting-go-1 = Noted. Let that lightness settle in.
checkin-reply-letting-go-2 = Lovely. Enjoy the room it gives you.
checkin-reply-letting-go-3 = Good to hear. Keep it gentle.

## The weekly summary

summary-title = <b>Your week</b>
summary-quiet = A quiet week, and that’s allowed. Any day is a good day to begin again.
# $of is 7, or fewer for someone who started this week.
summary-practised =
    You practised on <b>{ $days }</b> of { $of ->
        [7] the last 7 days
        [one] the { $of } day since you started
       *[other] the { $of } days since you started
    }. Each of them counts, and stays counted.
summary-button = See my month

## /progress (the caption) and its chart

progress-title = <b>Your practice</b>
progress-count-last =
    Last { $days } days: <b>{ $count }</b> { $count ->
        [one] practice day
       *[other] practice days
    }
progress-count-since =
    Since you started ({ $started ->
        [one] { $started } day
       *[other] { $started } days
    }): <b>{ $count }</b> { $count ->
        [one] practice day
       *[other] practice days
    }
progress-checkins-title = <i>Check-ins, last { $days } days</i>
progress-no-checkins = No check-ins in these days yet: the buttons under a reminder add them.
# One line of the legend: the square, the button's words, how many.
progress-legend = { $square } { $label }: { $count }
progress-first = Finishing a conversation (/scenarios) or a check-in makes a practice day. Any day is a good day to begin.
progress-counted = Every practice day counts, and stays counted. A day off takes nothing away: you can begin again any day.
chart-title = Your last { $days } days
chart-practice-days = Practice days
# $date is a short date ("9 Jun").
chart-today = { $date } (today)
