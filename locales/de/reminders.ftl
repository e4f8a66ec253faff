# Die Worte der Erinnerungsfunktion auf Deutsch, "du": /remind, /timezone, /pause, /progress, die
# Antworten auf Check-ins und was der Dispatcher neben den täglichen Texten schickt (die stehen,
# wie die Check-in-Frage, in scenarios/translations/de/reminders.yaml). Telegram HTML, wo als HTML
# gesendet. Wochentage und Daten kommen aus Intl, nicht von hier.

## The offer and the set-up

remind-offer =
    Würde dir eine kurze Erinnerung einmal am Tag helfen? Ein, zwei Sätze übers Dranbleiben, ohne am Ergebnis festzuhalten, und ein Check-in per Fingertipp.

    Wähl eine Uhrzeit (deine Ortszeit) oder schick /remind 7:45 für eine andere.
# $schedule is a whole remind-schedule-… phrase.
remind-offer-when-on = Deine Erinnerung ist an: { $schedule }. Wähl gern eine andere Uhrzeit:
# Added to the welcome of someone who never answered the offer, after an empty line.
remind-welcome-line = Eine kurze tägliche Erinnerung hilft, dass die Übung hängen bleibt: Tippe auf <b>Tägliche Erinnerungen</b>, um eine Uhrzeit zu wählen.
remind-not-now = Kein Problem. Mit /remind richtest du jederzeit eine tägliche Erinnerung ein.
remind-button-later = Jetzt nicht
remind-button-off = Ausschalten
remind-ask-zone = Erinnerungen um <b>{ $time }</b>. In welcher Stadt bist du? Schreib sie einfach, z. B. <i>Berlin</i>, <i>Paris, Frankreich</i> oder <i>UTC+2</i>, damit { $time } auch bei dir { $time } ist.
remind-turned-off = Die täglichen Erinnerungen sind aus. Mit /remind on holst du sie zurück.
remind-back-on = Schön, dass du wieder da bist. { $confirm }
remind-confirm =
    Erledigt: eine Erinnerung { $schedule }.
    { $next }
remind-confirm-stopped = Du hattest /stop geschickt: Schick /start, um wieder Erinnerungen zu bekommen.

## How often, at what time, where

remind-frequency-daily = jeden Tag
remind-frequency-weekdays = wochentags
remind-frequency-every-other-day = jeden zweiten Tag
remind-frequency-daily-button = Jeden Tag
remind-frequency-weekdays-button = Wochentags
remind-frequency-every-other-day-button = Jeden zweiten Tag
remind-frequency-set = Erinnerungen kommen jetzt { $frequency }. { $next }
# "jeden Tag um 20:00, Ortszeit München": the place the person named, or their zone's city.
remind-schedule-place = { $frequency } um <b>{ $time }</b>, Ortszeit { $place }
# A zone without a place: "jeden Tag um 20:00 (UTC+5:30)".
remind-schedule-zone = { $frequency } um <b>{ $time }</b> ({ $zone })
remind-schedule = { $frequency } um <b>{ $time }</b>
remind-next = Nächste Erinnerung: { $when }.
remind-next-paused = Gerade pausiert. Nächste Erinnerung: { $when }.
remind-when-today = heute um { $time }
remind-when-tomorrow = morgen um { $time }
# $weekday is the weekday's full name ("Freitag"), within the coming week.
remind-when-weekday = am { $weekday } um { $time }
# $date is a short date with its weekday ("Do., 12. Juni"), further ahead.
remind-when-date = am { $date } um { $time }

## /remind

remind-state-off = Tägliche Erinnerungen sind <b>aus</b>.
remind-state-off-auto = Tägliche Erinnerungen sind <b>aus</b>. Sie haben sich selbst pausiert, nachdem eine Weile keine Antwort kam, und das ist völlig in Ordnung.
remind-state-no-time = Tägliche Erinnerungen sind <b>an</b>, aber mir fehlt noch eine Uhrzeit. Wähl unten eine aus oder schick /remind 7:45.
remind-state-no-zone = Tägliche Erinnerungen sind <b>an</b>, um { $time }, aber mir fehlt noch deine Stadt oder Zeitzone.
remind-state-on = Tägliche Erinnerungen sind <b>an</b>: { $schedule }.
remind-state-stopped = Du hast /stop geschickt, deshalb kommt nichts, bis du wieder /start schickst.
remind-state-change = Ändere es unten oder so: /remind 20:30, /timezone München, /pause 3 oder /remind off.
remind-time-hint = Bitte schick eine Uhrzeit wie 20:30, 8:30 oder 7:45, z. B. /remind 20:30
remind-bad-time = Diese Uhrzeit konnte ich nicht lesen. { remind-time-hint }

## The weekly summary's day

remind-summary-ask = Ein kurzer Rückblick auf deine Woche, zusammen mit deinen Erinnerungen, an einem Tag deiner Wahl. Welcher Tag?
remind-summary-off-button = Kein Rückblick
remind-summary-none = Kein Wochenrückblick.
# $weekday is the full name ("Sonntag").
remind-summary-set = Dein Wochenrückblick kommt immer am { $weekday }.
remind-summary-button-off = Wochenrückblick: aus
# $weekday is the short name ("So.").
remind-summary-button = Wochenrückblick: { $weekday }

## The time zone

remind-zone-type = Schreib sie einfach, z. B. <i>Berlin</i>, <i>Paris, Frankreich</i> oder <i>UTC+2</i>.
remind-zone-ask = In welcher Stadt bist du? { remind-zone-type }
remind-zone-current = Deine Zeitzone: { $where }.
remind-place-time = Ortszeit { $place }
remind-zone-set = Zeitzone eingestellt: <b>{ $zone }</b>.
remind-zone-set-place = Zeitzone eingestellt: Ortszeit <b>{ $place }</b>.
remind-zone-set-off = Mit /remind richtest du eine tägliche Erinnerung ein.
remind-zone-retry = „{ $typed }“ konnte ich nicht finden. Versuch es mit einer großen Stadt in deiner Nähe, mit „Stadt, Land“ oder einer Zone wie UTC+2. (Oder /remind off, wenn du lieber keine Erinnerungen möchtest.)
remind-zone-suggest = „{ $typed }“ konnte ich nicht finden. Meintest du <b>{ $place }</b>?
remind-zone-suggest-button = Ja, { $place }
remind-zone-hint = Bitte schick eine Stadt oder Zeitzone wie Berlin, Paris, Frankreich, New York, Mumbai, UTC oder UTC+2, z. B. /timezone Europe/Berlin oder /timezone Lyon, Frankreich
remind-bad-zone = Diesen Ort konnte ich nicht finden. { remind-zone-hint }

## /pause

# $min and $max are the range /pause accepts (1 and 90).
remind-days-hint = Bitte schick eine Anzahl von Tagen zwischen { $min } und { $max }, z. B. /pause 7
remind-pause-help = { remind-days-hint }. Mit /pause off hebst du eine Pause auf.
remind-days-unreadable = Das konnte ich nicht als Anzahl von Tagen lesen. { remind-days-hint }
remind-days-out-of-range = Ich kann Erinnerungen für { $min } bis { $max } Tage am Stück pausieren, z. B. /pause 7
remind-paused =
    Pausiert für { $days ->
        [7] eine Woche
        [one] { $days } Tag
       *[other] { $days } Tage
    }. { $next } Mit /pause off geht es früher weiter.
remind-pause-lifted = Pause aufgehoben. { $next }
remind-pause-when-off = Deine täglichen Erinnerungen sind aus, es gibt also nichts zu pausieren. Mit /remind richtest du sie ein.

## The contact question

remind-contact-question = Eine Frage, damit die Erinnerungen zu deinen Tagen passen: Hast du noch Kontakt zu der Person, mit der du zusammen warst?
remind-contact-yes = Ja, wir reden noch
remind-contact-no = Nicht mehr
remind-contact-complicated = Es ist kompliziert
remind-contact-thanks-yes = Danke. Manche Erinnerungen gehen auf die Momente ein, in denen ihr Kontakt habt.
remind-contact-thanks-no = Danke. Erinnerungen übers Schreiben oder Treffen lasse ich dann weg.
remind-contact-thanks-complicated = Danke. So ist es oft. Du bekommst Erinnerungen für beide Arten von Tagen.

## After five reminders without an answer, and after ten

remind-keep-going =
    Ich habe dir ein paar Erinnerungen geschickt, ohne etwas von dir zu hören, und das ist völlig in Ordnung.

    Sollen sie weiter kommen?
remind-keep-going-yes = Ja, weiter so
remind-keep-going-pause = Eine Woche Pause
remind-keep-going-stop = Erinnerungen stoppen
remind-keep-going-reply = Schön, von dir zu hören. Deine Erinnerungen kommen weiter.
remind-auto-paused =
    Ich habe deine täglichen Erinnerungen pausiert, damit sie sich nicht stapeln, während du mit Leben beschäftigt bist.

    Wann immer du sie zurückhaben möchtest, schick /remind on.
remind-auto-paused-button = Wieder einschalten

## A tap on a check-in button under a reminder ($answer is the button's words)

checkin-noted = Notiert: { $answer }. Danke für deinen Check-in.
checkin-same = Schon notiert: { $answer }.
checkin-unknown = Diese Erinnerung finde ich nicht mehr. Die nächste kommt mit frischen Buttons.
# The replies to each mood, so the same words do not come twice in a row. There are three of
# each (the code counts them); "holding" comes with buttons to two scenarios.
checkin-reply-holding-1 = Das klingt nach einem schweren Tag. Du musst gerade nichts in Ordnung bringen. Wenn es hilft, nimm dir zehn ruhige Minuten für eins davon:
checkin-reply-holding-2 = Festhalten ist menschlich, kein Versagen. Eins davon macht die nächste Stunde vielleicht ein bisschen leichter:
checkin-reply-holding-3 = Danke, dass du so ehrlich bist. Ein kleiner Schritt reicht heute. Hier sind zwei, die du gehen könntest:
checkin-reply-between-1 = Irgendwo dazwischen ist ein ehrlicher Ort. Achte auf eine Sache, die du heute einfach sein lassen konntest.
checkin-reply-between-2 = Ein bisschen Festhalten, ein bisschen Loslassen: Genau so sieht Bewegung aus.
checkin-reply-between-3 = Danke für deinen Check-in. Auch dazwischen zählt als Übung.
checkin-reply-letting-go-1 = Notiert. Lass diese Leichtigkeit ankommen.
checkin-reply-letting-go-2 = Wie schön. Genieß den Freiraum, der dadurch entsteht.
checkin-reply-letting-go-3 = Gut zu hören. Bleib sanft mit dir.

## The weekly summary

summary-title = <b>Deine Woche</b>
summary-quiet = Eine ruhige Woche, und das ist erlaubt. Jeder Tag ist ein guter Tag, um neu anzufangen.
# $of is 7, or fewer for someone who started this week.
summary-practised =
    Du hast an <b>{ $days }</b> von { $of ->
        [7] den letzten 7 Tagen
        [one] { $of } Tag seit deinem Start
       *[other] { $of } Tagen seit deinem Start
    } geübt. Jeder davon zählt, und das bleibt so.
summary-button = Meinen Monat ansehen

## /progress (the caption) and its chart

progress-title = <b>Deine Praxis</b>
progress-count-last =
    Letzte { $days } Tage: <b>{ $count }</b> { $count ->
        [one] Übungstag
       *[other] Übungstage
    }
progress-count-since =
    Seit deinem Start ({ $started ->
        [one] { $started } Tag
       *[other] { $started } Tage
    }): <b>{ $count }</b> { $count ->
        [one] Übungstag
       *[other] Übungstage
    }
progress-checkins-title = <i>Check-ins, letzte { $days } Tage</i>
progress-no-checkins = In diesen Tagen gibt es noch keine Check-ins: Die Buttons unter einer Erinnerung tragen sie ein.
# One line of the legend: the square, the button's words, how many.
progress-legend = { $square } { $label }: { $count }
progress-first = Ein abgeschlossenes Gespräch (/scenarios) oder ein Check-in macht einen Übungstag. Jeder Tag ist ein guter Tag, um anzufangen.
progress-counted = Jeder Übungstag zählt, und das bleibt so. Ein freier Tag nimmt dir nichts weg: Du kannst an jedem Tag neu anfangen.
chart-title = Deine letzten { $days } Tage
chart-practice-days = Übungstage
# $date is a short date ("9. Juni").
chart-today = { $date } (heute)
