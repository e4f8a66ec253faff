# letgo: the bot's own words in Spanish (neutral for Spain and Latin America), "tú".
# Outside the scenarios and the safety texts. Telegram HTML where the message is sent as HTML
# (most are). Short, warm, plain; one idea per message.

## Welcome, help, menu

welcome =
    Hola, { $name }. Soy letgo, un coach de bolsillo para los días después de una ruptura.

    Aquí practicamos soltar: dejar de aferrarnos a lo que no podemos controlar, para que haya espacio para lo que sí.

    <i>Soy un coach de autoayuda, no una terapia ni un servicio de crisis. Si estás en peligro, llama al número de emergencias de donde estés o envía /sos.</i>
welcome-back = Qué bien verte de nuevo. Puedo volver a enviarte recordatorios; con /remind ves cómo están configurados.
help-intro = Esto es lo que puedo hacer:
help-outro = Toca los botones cuando aparezcan; escribe cuando te lo pida.
menu-scenarios = Elige una conversación
menu-urge = ¿A punto de escribirle?
menu-remind = Recordatorios diarios
menu-help = Ayuda

## The command menu (Telegram shows these next to each command)

command-start = Bienvenida y menú principal
command-scenarios = Elegir una conversación de coaching
command-urge = ¿A punto de escribirle? Empieza aquí
command-remind = Tu recordatorio diario: activar, desactivar o cambiar la hora
command-timezone = Configurar tu zona horaria, p. ej. /timezone Madrid
command-pause = Pausar los recordatorios unos días, p. ej. /pause 3
command-journal = Leer lo que has escrito
command-progress = Tu práctica y cómo te has sentido
command-cancel = Salir de la conversación actual
command-sos = Líneas de ayuda, si todo pesa demasiado
command-safetyplan = Tu plan para los momentos difíciles
command-country = Tu país, para mostrarte las líneas de ayuda correctas
command-language = Cambiar de idioma
command-stop = Dejar de recibir mensajes que no hayas pedido
command-export = Descargar todo lo que guardo sobre ti
command-delete = Borrar todo lo que guardo sobre ti
command-help = Qué puedo hacer

## Answers when nothing else fits (crisis detection has read every word first)

stopped =
    Hecho. No te enviaré nada a menos que me escribas tú primero.

    Tus datos se quedan aquí hasta que me pidas lo contrario: /delete los borra. Con /start vuelves a recibir mis mensajes.
coming-soon = /{ $command } llegará pronto. Por ahora, /help te muestra lo que ya funciona.
unknown-command = No conozco /{ $command }, lo siento. /help te muestra lo que puedo hacer.
non-text = No puedo ver fotos ni stickers, solo palabras y los botones que tocas. Si quieres hablar de algo, /scenarios es un buen comienzo.
free-text = Gracias por contármelo. No sé responder bien a mensajes libres, pero una conversación guiada corta podría ayudarte: /scenarios. Si ahora mismo todo pesa demasiado, /sos te muestra personas con quienes puedes hablar, a cualquier hora.
paused = Nuestra conversación <b>{ $title }</b> está en pausa. Cuando quieras, /scenarios te lleva de vuelta a ella. Si todo pesa demasiado, /sos te muestra personas con quienes puedes hablar.
private-only = ¡Hola! Solo funciono en chats privados, para que lo que cada persona comparte siga siendo privado. Escríbeme directamente: @{ $username }
error = Lo siento, hubo un error por mi parte. Inténtalo de nuevo en un momento.
button-ended = Eso ya terminó. /help te muestra cómo seguir desde aquí.

# Polling, when the database stayed away for a minute: the message was not kept.
error-not-saved = No pude guardar eso. ¿Me lo envías de nuevo?

## Language

language-choose = ¿En qué idioma quieres que te hable?
language-set = De acuerdo, desde ahora te hablo en español.
language-name = Español

## Scenarios: menus, switching, leaving

scenarios-intro = Elige una conversación. Cada una dura unos minutos, y puedes salir cuando quieras con /cancel.
scenarios-in-run = Estás en medio de <b>{ $title }</b>. Elígela para seguir, u otra para cambiar.
scenarios-line = { $index }. <b>{ $title }</b>: { $summary }
scenarios-continue = ↩ Seguir: { $title }
scenarios-switch-question = Estás en medio de <b>{ $current }</b>. ¿La dejas y empiezas <b>{ $next }</b>?
scenarios-restart-question = Estás en medio de <b>{ $title }</b>. ¿Quieres empezarla de nuevo desde el principio?
scenarios-switch-yes = Sí, empezar “{ $title }”
scenarios-restart-yes = Empezar de nuevo
scenarios-stay = No, seguir
scenarios-all = Todas las conversaciones
scenarios-unknown = No conozco ninguna conversación llamada “{ $id }”. Estas son las que tengo:
scenarios-cancelled = De acuerdo, salimos de <b>{ $title }</b>. Lo que respondiste hasta ahora queda guardado. Con /scenarios puedes volver cuando quieras.
scenarios-nothing-to-cancel = Ahora mismo no estás en ninguna conversación. Con /scenarios puedes elegir una.
scenarios-ended = Esa ya terminó.
scenarios-ended-use-latest = Esa ya terminó. Usa el mensaje más reciente, por favor.
scenarios-changed = Reescribí <b>{ $title }</b> desde que la empezaste, y la parte en la que estabas ya no existe. ¿Quieres empezarla de nuevo?
scenarios-start-again = Empezar de nuevo
scenarios-gone = Esa conversación ya no está. Estas son las que tengo:

## What the bot says when an answer does not fit the step

refuse-tap = Cuando quieras, toca uno de los botones de arriba. (Con /cancel sales de esta conversación.)
refuse-older-button = Ese botón es de un mensaje anterior. Usa el más reciente, por favor.
refuse-finished = Ya terminamos esta. Elige otra del menú cuando quieras.
refuse-changed = Esta conversación cambió desde que la empezamos. Empecemos de nuevo.
refuse-tick = Marca todo lo que encaje y luego toca “{ $done }”.
refuse-type = Escribe tu respuesta en un mensaje, por favor.
refuse-empty = No vi ninguna palabra ahí. ¿Puedes escribir algunas?
refuse-too-long = Es un poco más de lo que puedo guardar: { $length } caracteres, y el límite aquí es { $max }. ¿Podrías acortarlo?

## The journal

journal-empty = Tu diario está vacío por ahora. Algunas conversaciones te piden escribir (prueba “¿A qué me aferro?” en /scenarios); lo que escribas ahí aparecerá aquí.
journal-title = <b>Tu diario</b>
journal-title-page = <b>Tu diario</b> ({ $from }–{ $to } de { $total })
journal-newer = ‹ Más recientes
journal-older = Anteriores ›
journal-cut = <i>Algunas entradas aparecen acortadas aquí; /export las tiene completas.</i>

## Privacy

export-caption = Todo lo que guardo sobre ti, en formato JSON. /delete lo borra.
delete-question = Esto borra todo lo que guardo sobre ti: ajustes, recordatorios, respuestas, diario y plan de seguridad. No se puede deshacer. ¿Lo borro?
delete-yes = Sí, borrar todo
delete-no = No, conservarlo
delete-done = Listo. Borré todo lo que guardaba sobre ti. Si vuelves a escribirme, empezamos desde cero.
delete-kept = No se borró nada.
