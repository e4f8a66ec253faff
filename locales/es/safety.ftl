# letgo: safety texts in Spanish (neutral for Spain and Latin America), "tú".
# Telegram HTML: only <b>, <i> and <a href="...">. Short, warm, hopeful; never about methods.

## The direct question, asked when a message suggests risk but no act or plan

safety-question =
    Me alegra mucho que me cuentes cómo te sientes. Quiero preguntarte algo directamente, porque es importante:
    <b>¿Estás pensando en quitarte la vida o en hacerte daño?</b>
safety-answer-yes = Sí
safety-answer-unsure = No lo sé
safety-answer-no = No, estoy a salvo
# Typed answers understood while the question waits: words separated by |
safety-words-yes = sí|si|sip|sii|síí|sí estoy|si estoy|sí lo estoy|si lo estoy|sí lo pienso|si lo pienso|sí a veces|si a veces|a veces
safety-words-unsure = no sé|no se|nose|no lo sé|no lo se|ns|ni idea|no estoy seguro|no estoy segura|tal vez|quizás|quizas|quizá|quiza|puede ser|a lo mejor
safety-words-no = no|nop|noo|estoy a salvo
# Punctuation is ignored when matching, so "No, X" and "No X" are the same words: an answer that reads as "I'm not safe / not okay" without its comma is ambiguous, never "no".
safety-words-ambiguous = no estoy a salvo|no estoy bien
safety-no-reply =
    Gracias por contármelo. Tiene sentido sentirse así de mal después de una ruptura, y duele de verdad.
    Si en algún momento se vuelve más pesado, con /sos verás personas con quienes puedes hablar, a cualquier hora.
safety-no-back = Sigamos donde lo dejamos.
safety-answered = Tu respuesta: { $answer }

## The crisis answer: help at once

crisis-opening = 💛 <b>Gracias por contármelo. Me alegra mucho que me hayas escrito.</b>
crisis-body = Lo que estás cargando suena muy pesado, y mereces el apoyo de una persona ahora mismo. No tienes que pasar por esto a solas.
crisis-emergency = Si sientes que podrías dejarte llevar por estos pensamientos, o estás en peligro, por favor llama ahora al <b>{ $number }</b>.
crisis-emergency-unknown = Si sientes que podrías dejarte llevar por estos pensamientos, o estás en peligro, por favor llama ahora al número de emergencias de donde estés.
crisis-lines-intro = Puedes hablar ahora con estas personas, de forma gratuita y confidencial:
crisis-directory = Más líneas de ayuda: <a href="{ $url }">findahelpline.com</a>
crisis-trusted = También puede ayudarte contarle a alguien de confianza cómo te sientes hoy.
crisis-coach = Soy un coach de autoayuda, no un servicio de crisis, y sigo aquí contigo.
crisis-paused = He pausado nuestra conversación; con /scenarios puedes retomarla cuando quieras.
crisis-follow-up = 💛 Sigo aquí contigo. Por favor, busca a alguien ahora: una de las líneas de abajo o una persona de confianza.

crisis-country-setting = Líneas de ayuda para { $country }.
crisis-country-assumed = Líneas de ayuda para { $country }, según tu { $source ->
        [time-zone] zona horaria
       *[language] idioma
    }. ¿Estás en otro país? Escribe /country y el nombre de tu país.
crisis-country-unknown = Dime en qué país estás, por ejemplo <i>/country México</i>, y te muestro las líneas de ayuda de allí.

crisis-button-safe = Por ahora estoy a salvo
crisis-button-lines = Ver las líneas de nuevo
crisis-button-plan = Crear plan de seguridad
crisis-button-pause = Pausar recordatorios

crisis-safe-reply =
    Me alegra. Hoy trátate con cariño.
    Con /sos puedes volver a ver estas líneas en cualquier momento, y aquí estaré cuando quieras hablar.
crisis-reminders-paused = Tus recordatorios diarios quedan en pausa durante 7 días. Con /pause off vuelven antes.
crisis-reminders-none = No tienes recordatorios diarios que pausar. No te enviaré nada que no hayas pedido.

## Helplines, as listed in a message

helpline-call = llama al { $number }
helpline-text = { $how }
helpline-chat = <a href="{ $url }">chat en línea</a>
helpline-web = <a href="{ $url }">sitio web</a>
helpline-hours = { $hours }

## /sos and /country

sos-intro = 💛 Puedes hablar ahora con estas personas, de forma gratuita y confidencial. No hace falta estar en crisis para escribirles o llamar.
country-current = Tu país para las líneas de ayuda: <b>{ $country }</b>. Para cambiarlo, escribe /country y el nombre de otro país.
country-none = Todavía no sé en qué país estás. Escríbelo así: <i>/country España</i>
country-set = Listo: <b>{ $country }</b>. Con /sos verás las líneas de ayuda de allí.
country-unknown = No reconozco “{ $input }”. Prueba con el nombre en inglés o con un código de dos letras, como <i>/country MX</i>.

## After a crisis answer, the next daily reminder is this instead

checkin-after-crisis = 💛 Hola, soy letgo. He pensado en ti desde la última vez que hablamos. ¿Cómo estás hoy?
checkin-button-lines = Ver líneas de ayuda
checkin-button-okay = Hoy estoy bien

## /safetyplan: a plan for hard moments, in the person's own words

plan-intro =
    Un plan de seguridad es una lista corta, con tus propias palabras, de lo que te ayuda cuando las cosas se ponen muy difíciles. Escribirlo en un día más tranquilo hace que después sea más fácil recurrir a él.
    Son seis preguntas cortas. Responde con pocas palabras o toca Omitir.
plan-q-signs = <b>1/6 · Señales de alerta.</b> ¿Qué te indica que se acerca un momento difícil? Pensamientos, emociones, lugares, momentos del día.
plan-q-alone = <b>2/6 · Por mi cuenta.</b> ¿Qué puedes hacer por tu cuenta para sobrellevarlo un rato? Salir a caminar, escuchar música, darte una ducha, escribir lo que sientes.
plan-q-distract = <b>3/6 · Personas y lugares.</b> ¿Quién o qué lugar te ayuda a despejar la mente? Alguien con quien hablar, una cafetería, el gimnasio.
plan-q-people = <b>4/6 · A quién puedo acudir.</b> ¿A quién le podrías decir que no estás bien? Nombres y, si quieres, números.
plan-q-pros = <b>5/6 · Profesionales y líneas de ayuda.</b> ¿A qué médico, terapeuta o línea de ayuda podrías acudir?
plan-q-pros-hint = Cerca de ti, por ejemplo: { $lines }
plan-q-safer = <b>6/6 · Un lugar más seguro.</b> ¿Qué podría hacer más seguro el lugar donde estás mientras pasan estas emociones? Por ejemplo, estar cerca de otras personas o pedirle a alguien que se quede contigo.
plan-skip = Omitir
plan-title = 💛 <b>Mi plan de seguridad</b>
plan-h-signs = Señales de alerta
plan-h-alone = Por mi cuenta
plan-h-distract = Personas y lugares
plan-h-people = A quién puedo acudir
plan-h-pros = Profesionales y líneas de ayuda
plan-h-safer = Un lugar más seguro
plan-empty-part = <i>todavía sin escribir</i>
plan-saved = Está guardado. /safetyplan te lo muestra cuando quieras; /export lo incluye y /delete lo borra.
plan-change = Cambiar una parte
plan-restart = Empezar de nuevo
plan-which = ¿Qué parte quieres cambiar?
plan-too-long = Es mucho para una sola parte: { $length } caracteres, y caben { $max }. ¿Podrías acortarlo?
plan-stopped = De acuerdo, lo dejamos aquí. Todo lo que llevas escrito queda guardado: /safetyplan te lo muestra.
plan-send-text = Escribe tu respuesta en un mensaje, o toca Omitir.

abuse-intro = 💛 Sentir miedo de alguien es algo serio, y mereces estar a salvo. Estos servicios ayudan a personas en tu situación, de forma gratuita y confidencial:
abuse-directory = Más servicios de ayuda: <a href="{ $url }">findahelpline.com</a>
