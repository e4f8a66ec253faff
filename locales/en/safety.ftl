# What letgo says when a message suggests suicide or self-harm, and the safety plan.
# Telegram HTML: only <b>, <i> and <a href="...">. Short, warm, hopeful; never about methods.
# Following WHO/IASP safe-messaging guidance: thank them, take it seriously, point to people
# who can help now, keep the door open.

## The direct question, asked when a message suggests risk but no act or plan

safety-question =
    I'm really glad you told me how you feel. I want to ask you directly, because it matters:
    <b>are you having thoughts of ending your life, or of hurting yourself?</b>
safety-answer-yes = Yes
safety-answer-unsure = I'm not sure
safety-answer-no = No, I'm safe
# Typed answers understood while the question waits: words separated by |
safety-words-yes = yes|y|yeah|yep|yes i am|i am
safety-words-unsure = not sure|im not sure|i'm not sure|maybe|idk|i dont know|i don't know
safety-words-no = no|nope|no i'm safe|no im safe|i'm safe|im safe|i am safe
safety-words-ambiguous = { "" }
safety-no-reply =
    Thank you for telling me. Feeling this low after a breakup hurts, and it makes sense.
    If it ever gets heavier, /sos shows people you can talk to, any time.
safety-no-back = Let's pick up where we were.
safety-answered = You answered: { $answer }

## The crisis answer: help at once

crisis-opening = 💛 <b>Thank you for telling me. I'm really glad you reached out.</b>
crisis-body = What you're carrying sounds really heavy, and you deserve support from a person right now. You don't have to go through this alone.
crisis-emergency = If you might act on these thoughts, or you are in danger, please call <b>{ $number }</b> now.
crisis-emergency-unknown = If you might act on these thoughts, or you are in danger, please call your local emergency number now.
crisis-lines-intro = People you can talk to now, free and confidential:
crisis-directory = More helplines: <a href="{ $url }">findahelpline.com</a>
crisis-trusted = It can also help to tell someone you trust how today feels.
crisis-coach = I'm a self-help coach, not a crisis service, and I'm still here.
crisis-paused = I've paused our conversation; /scenarios takes you back to it whenever you want.
crisis-follow-up = 💛 I'm still here with you. Please reach out to someone now: a helpline below, or someone you trust.

crisis-country-setting = Helplines for { $country }.
crisis-country-assumed = Helplines for { $country }, going by your { $source ->
        [time-zone] time zone
       *[language] language
    }. Somewhere else? Send /country and your country.
crisis-country-unknown = Tell me your country, for example <i>/country Canada</i>, and I'll show the helplines there.

crisis-button-safe = I'm safe for now
crisis-button-lines = Show helplines again
crisis-button-plan = Make a safety plan
crisis-button-pause = Pause my reminders

crisis-safe-reply =
    I'm glad. Go gently with yourself today.
    /sos brings these helplines back any time, and I'm here whenever you want to talk.
crisis-reminders-paused = Your daily reminders are paused for 7 days. /pause off brings them back sooner.
crisis-reminders-none = You have no daily reminders to pause. I won't send you anything you didn't ask for.

## Helplines, as listed in a message

helpline-call = call { $number }
helpline-text = { $how }
helpline-chat = <a href="{ $url }">chat online</a>
helpline-web = <a href="{ $url }">website</a>
helpline-hours = { $hours }

## /sos and /country

sos-intro = 💛 People you can talk to now, free and confidential. You don't need to be in crisis to reach out.
country-current = Your country for helplines: <b>{ $country }</b>. Send /country and another name to change it.
country-none = I don't know your country yet. Send it like this: <i>/country Germany</i>
country-set = Got it: <b>{ $country }</b>. /sos shows the helplines there.
country-unknown = I couldn't find “{ $input }”. Try the English name or a two-letter code, like <i>/country DE</i>.

## After a crisis answer, the next daily reminder is this instead

checkin-after-crisis = 💛 Hi, it's letgo. I've been thinking of you since we last talked. How are you today?
checkin-button-lines = Show helplines
checkin-button-okay = I'm okay today

## /safetyplan: a plan for hard moments, in the person's own words

plan-intro =
    A safety plan is a short list, in your own words, of what helps when things get very hard. Writing it on a calmer day makes it easier to reach for later.
    Six short questions. Answer in a few words, or tap Skip.
plan-q-signs = <b>1/6 · Warning signs.</b> What tells you a hard moment is coming? Thoughts, feelings, places, times of day.
plan-q-alone = <b>2/6 · On my own.</b> What can you do by yourself to get through it for a while? A walk, music, a shower, writing it down.
plan-q-distract = <b>3/6 · People and places.</b> Who or where helps take your mind off things? A friend to chat with, a café, the gym.
plan-q-people = <b>4/6 · People I can ask.</b> Who could you tell that you're struggling? Names, and numbers if you like.
plan-q-pros = <b>5/6 · Professionals and helplines.</b> Which doctor, therapist or helpline could you contact?
plan-q-pros-hint = Near you, for example: { $lines }
plan-q-safer = <b>6/6 · A safer place.</b> What could make where you are safer while the feelings pass? For example, being near other people, or asking someone to stay with you.
plan-skip = Skip
plan-title = 💛 <b>My safety plan</b>
plan-h-signs = Warning signs
plan-h-alone = On my own
plan-h-distract = People and places
plan-h-people = People I can ask
plan-h-pros = Professionals and helplines
plan-h-safer = A safer place
plan-empty-part = <i>not written yet</i>
plan-saved = It's saved. /safetyplan shows it any time; /export includes it and /delete erases it.
plan-change = Change a part
plan-restart = Start over
plan-which = Which part would you like to change?
plan-too-long = That's a lot to keep in one part: { $length } characters, and { $max } fit. Could you shorten it?
plan-stopped = Okay, we'll stop here. What you wrote so far is kept: /safetyplan shows it.
plan-send-text = Please type your answer as a message, or tap Skip.

## Shown by a scenario step when a person says they have felt afraid of their ex

abuse-intro = 💛 Feeling afraid of someone is serious, and you deserve to be safe. These services help people in your situation, free and confidential:
abuse-directory = More services: <a href="{ $url }">findahelpline.com</a>
