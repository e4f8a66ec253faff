# letgo: the reminder feature's words in Spanish (neutral for Spain and Latin America), "tú".
# /remind, /timezone, /pause, /progress, the check-in replies, and the messages the dispatcher
# sends besides the daily texts (those are in scenarios/translations/es/reminders.yaml).
# Telegram HTML where the message is sent as HTML. Weekday names and dates come from Intl.

## The offer and the set-up

remind-offer =
    ¿Te ayudaría un recordatorio breve una vez al día? Una o dos frases sobre seguir implicándote mientras sueltas el resultado, y una pregunta rápida que respondes con un toque.

    Elige una hora (la de donde estás), o envía /remind 7:45 para otra.
# $schedule is a whole remind-schedule-… phrase.
remind-offer-when-on = Tu recordatorio está activado: { $schedule }. Si quieres, elige otra hora:
# Added to the welcome of someone who never answered the offer, after an empty line.
remind-welcome-line = Un recordatorio diario breve ayuda a que la práctica arraigue: toca <b>Recordatorios diarios</b> para elegir una hora.
remind-not-now = Sin problema. Con /remind configuras un recordatorio diario cuando quieras.
remind-button-later = Ahora no
remind-button-off = Desactivar
remind-ask-zone = Recordatorios a las <b>{ $time }</b>. ¿En qué ciudad estás? Escríbela, p. ej. <i>Madrid</i>, <i>Lima, Perú</i> o <i>UTC+2</i>, para que las { $time } sean tus { $time }.
remind-turned-off = Los recordatorios diarios están desactivados. Con /remind on vuelven.
remind-back-on = Qué bien que vuelvas. { $confirm }
remind-confirm =
    Hecho: un recordatorio { $schedule }.
    { $next }
remind-confirm-stopped = Antes usaste /stop: envía /start para volver a recibir recordatorios.

## How often, at what time, where

remind-frequency-daily = todos los días
remind-frequency-weekdays = de lunes a viernes
remind-frequency-every-other-day = cada dos días
remind-frequency-daily-button = Todos los días
remind-frequency-weekdays-button = De lunes a viernes
remind-frequency-every-other-day-button = Cada dos días
remind-frequency-set = Ahora, recordatorios { $frequency }. { $next }
# "todos los días a las 20:00, hora de Madrid": the place the person named, or their zone's city.
remind-schedule-place = { $frequency } a las <b>{ $time }</b>, hora de { $place }
# A zone without a place: "todos los días a las 20:00 (UTC+5:30)".
remind-schedule-zone = { $frequency } a las <b>{ $time }</b> ({ $zone })
remind-schedule = { $frequency } a las <b>{ $time }</b>
remind-next = Próximo: { $when }.
remind-next-paused = En pausa por ahora. Próximo: { $when }.
remind-when-today = hoy a las { $time }
remind-when-tomorrow = mañana a las { $time }
# $weekday is the weekday's full name ("viernes"), within the coming week.
remind-when-weekday = el { $weekday } a las { $time }
# $date is a short date with its weekday ("jue, 12 jun"), further ahead.
remind-when-date = el { $date }, a las { $time }

## /remind

remind-state-off = Los recordatorios diarios están <b>desactivados</b>.
remind-state-off-auto = Los recordatorios diarios están <b>desactivados</b>. Se pausaron solos tras un tiempo sin respuesta, y no pasa nada.
remind-state-no-time = Los recordatorios diarios están <b>activados</b>, pero aún me falta una hora. Elige una abajo o envía /remind 7:45.
remind-state-no-zone = Los recordatorios diarios están <b>activados</b> a las { $time }, pero aún me falta tu ciudad o tu zona horaria.
remind-state-on = Los recordatorios diarios están <b>activados</b>: { $schedule }.
remind-state-stopped = Usaste /stop, así que no te envío nada hasta que vuelvas a usar /start.
remind-state-change = Cámbialo abajo, o usa: /remind 20:30, /timezone Madrid, /pause 3 o /remind off.
remind-time-hint = Envía una hora como 20:30, 8:30, 8pm u 8:30am, p. ej. /remind 20:30
remind-bad-time = No pude entender esa hora. { remind-time-hint }

## The weekly summary's day

remind-summary-ask = Un breve repaso de tu semana, junto con tus recordatorios, el día que elijas. ¿Qué día?
remind-summary-off-button = Sin resumen
remind-summary-none = Sin resumen semanal.
# $weekday is the full name ("domingo").
remind-summary-set = El resumen de tu semana llega cada { $weekday }.
remind-summary-button-off = Resumen semanal: no
# $weekday is the short name ("dom").
remind-summary-button = Resumen semanal: { $weekday }

## The time zone

remind-zone-type = Escríbela, p. ej. <i>Madrid</i>, <i>Lima, Perú</i> o <i>UTC+2</i>.
remind-zone-ask = ¿En qué ciudad estás? { remind-zone-type }
remind-zone-current = Tu zona horaria: { $where }.
remind-place-time = hora de { $place }
remind-zone-set = Zona horaria configurada: <b>{ $zone }</b>.
remind-zone-set-place = Zona horaria configurada: hora de <b>{ $place }</b>.
remind-zone-set-off = Con /remind configuras un recordatorio diario.
remind-zone-retry = No encontré “{ $typed }”. Prueba con una ciudad grande cerca de ti, con “Ciudad, País” o con una zona como UTC+2. (/remind off si prefieres dejarlo).
remind-zone-suggest = No encontré “{ $typed }”. ¿Querías decir <b>{ $place }</b>?
remind-zone-suggest-button = Sí, { $place }
remind-zone-hint = Envía una ciudad o zona horaria como Madrid, Buenos Aires, Bogotá, Valencia, España, UTC o UTC+2, p. ej. /timezone Europe/Madrid o /timezone Rosario, Argentina
remind-bad-zone = No encontré ese lugar. { remind-zone-hint }

## /pause

# $min and $max are the range /pause accepts (1 and 90).
remind-days-hint = Envía un número de días del { $min } al { $max }, p. ej. /pause 7
remind-pause-help = { remind-days-hint }. Con /pause off quitas una pausa.
remind-days-unreadable = No pude leer eso como un número de días. { remind-days-hint }
remind-days-out-of-range = Puedo pausar los recordatorios de { $min } a { $max } días cada vez, p. ej. /pause 7
remind-paused =
    En pausa durante { $days ->
        [7] una semana
        [one] { $days } día
       *[other] { $days } días
    }. { $next } Con /pause off la quitas antes.
remind-pause-lifted = Pausa quitada. { $next }
remind-pause-when-off = Tus recordatorios diarios están desactivados, así que no hay nada que pausar. Con /remind los configuras.

## The contact question

remind-contact-question = Una pregunta, para que los recordatorios encajen con tus días: ¿sigues en contacto con tu ex?
remind-contact-yes = Sí, seguimos hablando
remind-contact-no = Ya no
remind-contact-complicated = Es complicado
remind-contact-thanks-yes = Gracias. Algunos recordatorios hablarán de los momentos en que tienes contacto con tu ex.
remind-contact-thanks-no = Gracias. Dejaré fuera los recordatorios sobre mensajes o encuentros con tu ex.
remind-contact-thanks-complicated = Gracias. Muchas veces es así. Mantendré recordatorios para los dos tipos de días.

## After five reminders without an answer, and after ten

remind-keep-going =
    Te envié algunos recordatorios sin recibir respuesta, y no pasa absolutamente nada.

    ¿Quieres que sigan llegando?
remind-keep-going-yes = Sí, que sigan
remind-keep-going-pause = Pausar una semana
remind-keep-going-stop = Parar los recordatorios
remind-keep-going-reply = Qué bien saber de ti. Tus recordatorios siguen llegando.
remind-auto-paused =
    Pausé tus recordatorios diarios, para que no se acumulen mientras vives tu vida.

    Cuando quieras recuperarlos, envía /remind on.
remind-auto-paused-button = Volver a activarlos

## A tap on a check-in button under a reminder ($answer is the button's words)

checkin-noted = Anotado: { $answer }. Gracias por contarme cómo estás.
checkin-same = Ya lo tenía anotado: { $answer }.
checkin-unknown = Ya no encuentro ese recordatorio. El próximo llegará con botones nuevos.
# The replies to each mood, so the same words do not come twice in a row. There are three of
# each (the code counts them); "holding" comes with buttons to two scenarios.
checkin-reply-holding-1 = Parece un día pesado. No tienes que arreglar nada ahora mismo. Si te ayuda, dedica diez minutos tranquilos a una de estas:
checkin-reply-holding-2 = Aferrarse con fuerza es humano, no un fracaso. Una de estas podría hacer la próxima hora un poco más ligera:
checkin-reply-holding-3 = Gracias por tu honestidad. Hoy basta con un paso pequeño. Aquí tienes dos que podrías dar:
checkin-reply-between-1 = Estar a medio camino es un lugar honesto. Fíjate en algo que hoy dejaste tal como estaba.
checkin-reply-between-2 = Un poco aferrándote, un poco soltando: así se ve avanzar.
checkin-reply-between-3 = Gracias por contarme cómo estás. A medio camino también cuenta como práctica.
checkin-reply-letting-go-1 = Anotado. Deja que esa ligereza se asiente.
checkin-reply-letting-go-2 = Qué bien. Disfruta del espacio que te da.
checkin-reply-letting-go-3 = Me alegra saberlo. Sigue con suavidad.

## The weekly summary

summary-title = <b>Tu semana</b>
summary-quiet = Una semana tranquila, y eso está permitido. Cualquier día es bueno para volver a empezar.
# $of is 7, or fewer for someone who started this week.
summary-practised =
    Practicaste <b>{ $days }</b> { $of ->
        [7] de los últimos 7 días
        [one] de { $of } día desde que empezaste
       *[other] de los { $of } días desde que empezaste
    }. Cada uno cuenta, y eso no se borra.
summary-button = Ver mi mes

## /progress (the caption) and its chart

progress-title = <b>Tu práctica</b>
progress-count-last =
    Últimos { $days } días: <b>{ $count }</b> { $count ->
        [one] día de práctica
       *[other] días de práctica
    }
progress-count-since =
    Desde que empezaste ({ $started ->
        [one] { $started } día
       *[other] { $started } días
    }): <b>{ $count }</b> { $count ->
        [one] día de práctica
       *[other] días de práctica
    }
progress-checkins-title = <i>Cómo te has sentido, últimos { $days } días</i>
progress-no-checkins = Aún no hay respuestas en estos días: los botones de cada recordatorio las van sumando aquí.
# One line of the legend: the square, the button's words, how many.
progress-legend = { $square } { $label }: { $count }
progress-first = Terminar una conversación (/scenarios) o responder a un recordatorio con sus botones cuenta como día de práctica. Cualquier día es bueno para empezar.
progress-counted = Cada día de práctica cuenta, y eso no se borra. Un día de descanso no te quita nada: puedes volver a empezar cualquier día.
chart-title = Tus últimos { $days } días
chart-practice-days = Días de práctica
# $date is a short date ("9 jun").
chart-today = { $date } (hoy)
