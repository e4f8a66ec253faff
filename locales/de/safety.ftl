# letgo: safety texts in German, "du".
# Telegram HTML: only <b>, <i> and <a href="...">. Short, warm, hopeful; never about methods.

## The direct question, asked when a message suggests risk but no act or plan

safety-question =
    Ich bin froh, dass du mir erzählst, wie es dir geht. Ich möchte dich etwas direkt fragen, weil es wichtig ist:
    <b>Denkst du daran, dir das Leben zu nehmen oder dich selbst zu verletzen?</b>
safety-answer-yes = Ja
safety-answer-unsure = Bin mir nicht sicher
safety-answer-no = Nein, ich bin okay
# Typed answers understood while the question waits: words separated by |
safety-words-yes = ja|jaa|jo|jap|jep|jup|ja leider|ja habe ich|ja hab ich|ja denke ich|ja tue ich|ja tu ich|ja manchmal|manchmal
safety-words-unsure = weiß nicht|weiss nicht|weiß ich nicht|weiss ich nicht|ich weiß nicht|ich weiss nicht|ich weiß es nicht|ich weiss es nicht|weiß nicht genau|weiss nicht genau|keine ahnung|vielleicht|jein|bin mir nicht sicher|ich bin mir nicht sicher|bin unsicher|ich bin unsicher
safety-words-no = nein|nö|noe|nee|nein ich bin okay|nein, ich bin okay|nein alles okay|nein, alles okay|nein alles gut|nein, alles gut|nein mir geht's gut|nein, mir geht's gut|nein mir geht’s gut|nein, mir geht’s gut|nein mir gehts gut|nein, mir gehts gut|ich bin in sicherheit|nein ich bin in sicherheit|nein, ich bin in sicherheit
safety-words-ambiguous = no
safety-no-reply =
    Danke, dass du mir das sagst. Nach einer Trennung so niedergeschlagen zu sein, tut weh, und es ist verständlich.
    Falls es schwerer wird, zeigt dir /sos jederzeit Menschen, mit denen du reden kannst.
safety-no-back = Lass uns da weitermachen, wo wir waren.
safety-answered = Deine Antwort: { $answer }

## The crisis answer: help at once

crisis-opening = 💛 <b>Danke, dass du es mir sagst. Ich bin wirklich froh, dass du dich gemeldet hast.</b>
crisis-body = Was du gerade trägst, klingt sehr schwer, und du verdienst jetzt Unterstützung von einem Menschen. Du musst da nicht allein durch.
crisis-emergency = Wenn du merkst, dass du diesen Gedanken nachgeben könntest, oder wenn du in Gefahr bist, ruf bitte sofort die <b>{ $number }</b> an.
crisis-emergency-unknown = Wenn du merkst, dass du diesen Gedanken nachgeben könntest, oder wenn du in Gefahr bist, ruf bitte sofort den Notruf dort an, wo du gerade bist.
crisis-lines-intro = Hier kannst du jetzt mit jemandem reden, kostenlos und vertraulich:
crisis-directory = Weitere Hilfsangebote: <a href="{ $url }">findahelpline.com</a>
crisis-trusted = Es kann auch helfen, einem Menschen, dem du vertraust, zu erzählen, wie es dir heute geht.
crisis-coach = Ich bin ein Selbsthilfe-Coach, kein Krisendienst, und ich bin weiter für dich da.
crisis-paused = Ich habe unser Gespräch pausiert; mit /scenarios kommst du jederzeit dorthin zurück.
crisis-follow-up = 💛 Ich bin weiter für dich da. Bitte wende dich jetzt an jemanden: an eines der Hilfsangebote unten oder an einen Menschen, dem du vertraust.

crisis-country-setting = Hilfsangebote für { $country }.
crisis-country-assumed = Hilfsangebote für { $country }, ausgewählt anhand deiner { $source ->
        [time-zone] Zeitzone
       *[language] Sprache
    }. Bist du woanders? Schick /country und dein Land.
crisis-country-unknown = Sag mir, in welchem Land du bist, zum Beispiel <i>/country Deutschland</i>, dann zeige ich dir die Hilfsangebote dort.

crisis-button-safe = Gerade bin ich sicher
crisis-button-lines = Nummern nochmal zeigen
crisis-button-plan = Krisenplan erstellen
crisis-button-pause = Erinnerungen pausieren

crisis-safe-reply =
    Das freut mich. Sei heute behutsam mit dir.
    Mit /sos siehst du diese Hilfsangebote jederzeit wieder, und ich bin da, wann immer du reden möchtest.
crisis-reminders-paused = Deine täglichen Erinnerungen sind für 7 Tage pausiert. Mit /pause off kommen sie früher wieder.
crisis-reminders-none = Du hast keine täglichen Erinnerungen, die ich pausieren könnte. Ich schicke dir nichts, worum du nicht gebeten hast.

## Helplines, as listed in a message

helpline-call = Telefon { $number }
helpline-text = { $how }
helpline-chat = <a href="{ $url }">Online-Chat</a>
helpline-web = <a href="{ $url }">Website</a>
helpline-hours = { $hours }

## /sos and /country

sos-intro = 💛 Hier kannst du jetzt mit jemandem reden, kostenlos und vertraulich. Du musst nicht in einer Krise sein, um dich zu melden.
country-current = Dein Land für die Hilfsangebote: <b>{ $country }</b>. Zum Ändern schick /country und ein anderes Land.
country-none = Ich kenne dein Land noch nicht. Schick es mir so: <i>/country Österreich</i>
country-set = Alles klar: <b>{ $country }</b>. Mit /sos siehst du die Hilfsangebote dort.
country-unknown = Ich habe „{ $input }“ nicht gefunden. Versuch es mit dem englischen Namen oder einem Code aus zwei Buchstaben, zum Beispiel <i>/country DE</i>.

## After a crisis answer, the next daily reminder is this instead

checkin-after-crisis = 💛 Hallo, hier ist letgo. Ich habe seit unserem letzten Gespräch an dich gedacht. Wie geht es dir heute?
checkin-button-lines = Hilfsangebote zeigen
checkin-button-okay = Heute geht's mir okay

## /safetyplan: a plan for hard moments, in the person's own words

plan-intro =
    Ein Krisenplan ist eine kurze Liste in deinen eigenen Worten: was dir hilft, wenn es richtig schwer wird. Wenn du ihn an einem ruhigeren Tag schreibst, kannst du später leichter darauf zurückgreifen.
    Sechs kurze Fragen. Antworte in ein paar Worten oder tippe auf Überspringen.
plan-q-signs = <b>1/6 · Warnzeichen.</b> Woran merkst du, dass ein schwerer Moment kommt? Gedanken, Gefühle, Orte, Tageszeiten.
plan-q-alone = <b>2/6 · Was ich selbst tun kann.</b> Was kannst du für dich allein tun, um eine Weile durchzuhalten? Ein Spaziergang, Musik, eine Dusche, es aufschreiben.
plan-q-distract = <b>3/6 · Menschen und Orte.</b> Wer oder was hilft dir, auf andere Gedanken zu kommen? Jemand zum Reden, ein Café, das Fitnessstudio.
plan-q-people = <b>4/6 · Wen ich fragen kann.</b> Wem könntest du sagen, dass es dir nicht gut geht? Namen und, wenn du magst, Nummern.
plan-q-pros = <b>5/6 · Fachleute und Hilfsangebote.</b> Welche Arzt- oder Therapiepraxis, welche Beratungsstelle oder welches Hilfetelefon könntest du kontaktieren?
plan-q-pros-hint = In deiner Nähe zum Beispiel: { $lines }
plan-q-safer = <b>6/6 · Ein sicherer Ort.</b> Was könnte den Ort, an dem du bist, sicherer machen, bis die Gefühle nachlassen? Zum Beispiel in der Nähe anderer Menschen sein oder jemanden bitten, bei dir zu bleiben.
plan-skip = Überspringen
plan-title = 💛 <b>Mein Krisenplan</b>
plan-h-signs = Warnzeichen
plan-h-alone = Was ich selbst tun kann
plan-h-distract = Menschen und Orte
plan-h-people = Wen ich fragen kann
plan-h-pros = Fachleute und Hilfsangebote
plan-h-safer = Ein sicherer Ort
plan-empty-part = <i>noch nicht ausgefüllt</i>
plan-saved = Gespeichert. /safetyplan zeigt dir den Plan jederzeit; /export enthält ihn, und /delete löscht ihn.
plan-change = Einen Teil ändern
plan-restart = Neu anfangen
plan-which = Welchen Teil möchtest du ändern?
plan-too-long = Das ist viel für einen Teil: { $length } Zeichen, und { $max } passen hinein. Kannst du es kürzen?
plan-stopped = Okay, wir hören hier auf. Was du bisher geschrieben hast, bleibt gespeichert: /safetyplan zeigt es dir.
plan-send-text = Bitte schreib deine Antwort als Nachricht oder tippe auf Überspringen.

abuse-intro = 💛 Angst vor einem Menschen ist etwas Ernstes, und du hast ein Recht darauf, sicher zu sein. Diese Stellen helfen Menschen in deiner Lage, kostenlos und vertraulich:
abuse-directory = Weitere Hilfsangebote: <a href="{ $url }">findahelpline.com</a>
