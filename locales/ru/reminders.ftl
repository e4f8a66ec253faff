# Слова функции напоминаний по-русски: «вы» (со строчной), без форм рода того, к кому обращаемся,
# и без прошедшего времени о самом боте. /remind, /timezone, /pause, /progress, ответы на отметки
# и то, что рассылка присылает помимо ежедневных текстов (они и вопрос-отметка под каждым
# напоминанием — в scenarios/translations/ru/reminders.yaml). Дни недели и даты берутся из Intl.
# Парсер городов понимает только латиницу, поэтому примеры городов латиницей.

## The offer and the set-up

remind-offer =
    Может быть, вам поможет короткое напоминание раз в день? Одна-две фразы о настойчивости без привязанности к результату и отметка в одно касание.

    Выберите время (по вашему местному времени) или отправьте /remind 7:45, чтобы указать другое.
# $schedule is a whole remind-schedule-… phrase.
remind-offer-when-on = Напоминание включено: { $schedule }. Если хотите, выберите другое время:
# Added to the welcome of someone who never answered the offer, after an empty line.
remind-welcome-line = Короткое ежедневное напоминание помогает практике закрепиться: нажмите <b>Ежедневные напоминания</b>, чтобы выбрать время.
remind-not-now = Хорошо. /remind настроит ежедневное напоминание, когда захотите.
remind-button-later = Не сейчас
remind-button-off = Выключить
remind-ask-zone = Напоминания в <b>{ $time }</b>. В каком вы городе? Напишите латиницей, например <i>Moscow</i>, <i>Paris, France</i> или <i>UTC+3</i>, чтобы { $time } было именно по вашему времени.
remind-turned-off = Ежедневные напоминания выключены. /remind on включит их снова.
remind-back-on = С возвращением. { $confirm }
remind-confirm =
    Готово: напоминание { $schedule }.
    { $next }
remind-confirm-stopped = Раньше вы отправили /stop: чтобы снова получать напоминания, отправьте /start.

## How often, at what time, where

remind-frequency-daily = каждый день
remind-frequency-weekdays = по будням
remind-frequency-every-other-day = через день
remind-frequency-daily-button = Каждый день
remind-frequency-weekdays-button = По будням
remind-frequency-every-other-day-button = Через день
remind-frequency-set = Теперь напоминания приходят { $frequency }. { $next }
# «каждый день в 20:00 (часовой пояс: Moscow)»: the place the person named, or their zone's city.
remind-schedule-place = { $frequency } в <b>{ $time }</b> (часовой пояс: { $place })
# A zone without a place: «каждый день в 20:00 (UTC+5:30)».
remind-schedule-zone = { $frequency } в <b>{ $time }</b> ({ $zone })
remind-schedule = { $frequency } в <b>{ $time }</b>
remind-next = Следующее напоминание: { $when }.
remind-next-paused = Пока на паузе. Следующее напоминание: { $when }.
remind-when-today = сегодня в { $time }
remind-when-tomorrow = завтра в { $time }
# $weekday is the weekday's full name in the nominative («пятница»), so no «в» before it.
remind-when-weekday = { $weekday }, { $time }
# $date is a short date with its weekday («чт, 12 июн.»), further ahead.
remind-when-date = { $date }, { $time }

## /remind

remind-state-off = Ежедневные напоминания <b>выключены</b>.
remind-state-off-auto = Ежедневные напоминания <b>выключены</b>. Они встали на паузу сами, когда какое-то время оставались без ответа, и это нормально.
remind-state-no-time = Ежедневные напоминания <b>включены</b>, но мне ещё нужно время. Выберите его ниже или отправьте /remind 7:45.
remind-state-no-zone = Ежедневные напоминания <b>включены</b> на { $time }, но мне ещё нужен ваш город или часовой пояс.
remind-state-on = Ежедневные напоминания <b>включены</b>: { $schedule }.
remind-state-stopped = Вы отправили /stop, поэтому я ничего не присылаю, пока вы снова не отправите /start.
remind-state-change = Измените настройки кнопками ниже или командами: /remind 20:30, /timezone Moscow, /pause 3 или /remind off.
remind-time-hint = Пожалуйста, отправьте время, например 20:30, 8:30 или 7:45: /remind 20:30
remind-bad-time = Не получилось прочитать это время. { remind-time-hint }

## The weekly summary's day

remind-summary-ask = Короткий взгляд на вашу неделю, вместе с напоминаниями, в выбранный вами день. Какой день выбрать?
remind-summary-off-button = Без итогов
remind-summary-none = Итоги недели выключены.
# $weekday is the full name in the nominative («воскресенье»).
remind-summary-set = День для итогов недели: { $weekday }.
remind-summary-button-off = Итоги недели: выкл.
# $weekday is the short name («вс»).
remind-summary-button = Итоги недели: { $weekday }

## The time zone

remind-zone-type = Напишите латиницей, например <i>Moscow</i>, <i>Paris, France</i> или <i>UTC+3</i>.
remind-zone-ask = В каком вы городе? { remind-zone-type }
remind-zone-current = Ваш часовой пояс: { $where }.
# Only the place: «Ваш часовой пояс: Moscow.»
remind-place-time = { $place }
remind-zone-set = Часовой пояс установлен: <b>{ $zone }</b>.
remind-zone-set-place = Часовой пояс установлен: <b>{ $place }</b>.
remind-zone-set-off = /remind настроит ежедневное напоминание.
remind-zone-retry = Не получилось найти «{ $typed }». Попробуйте крупный город рядом с вами (латиницей), или «City, Country», или пояс вроде UTC+3. (Или /remind off, если напоминания не нужны.)
remind-zone-suggest = Не получилось найти «{ $typed }». Может быть, <b>{ $place }</b>?
remind-zone-suggest-button = Да, { $place }
remind-zone-hint = Пожалуйста, отправьте город или часовой пояс латиницей, например Moscow, Paris, France, New York, Almaty, UTC или UTC+3: /timezone Europe/Moscow или /timezone Lyon, France
remind-bad-zone = Не получилось найти это место. { remind-zone-hint }

## /pause

# $min and $max are the range /pause accepts (1 and 90).
remind-days-hint = Пожалуйста, отправьте число дней от { $min } до { $max }, например /pause 7
remind-pause-help = { remind-days-hint }. /pause off снимет паузу.
remind-days-unreadable = Не получилось понять, сколько это дней. { remind-days-hint }
remind-days-out-of-range = Напоминания можно поставить на паузу на срок от { $min } до { $max } дней, например /pause 7
remind-paused =
    Пауза на { $days ->
        [7] неделю
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }. { $next } /pause off снимет её раньше.
remind-pause-lifted = Пауза снята. { $next }
remind-pause-when-off = Ежедневные напоминания выключены, так что ставить на паузу нечего. /remind их настроит.

## The contact question

remind-contact-question = Один вопрос, чтобы напоминания подходили к вашим дням: вы ещё общаетесь с человеком, с которым расстались?
remind-contact-yes = Да, мы общаемся
remind-contact-no = Уже нет
remind-contact-complicated = Всё сложно
remind-contact-thanks-yes = Спасибо. Некоторые напоминания будут о тех моментах, когда вы на связи.
remind-contact-thanks-no = Спасибо. Напоминаний о переписке и встречах с этим человеком не будет.
remind-contact-thanks-complicated = Спасибо. Так часто и бывает. Напоминания будут и для тех, и для других дней.

## After five reminders without an answer, and after ten

remind-keep-going =
    Несколько напоминаний остались без ответа, и это совершенно нормально.

    Присылать их дальше?
remind-keep-going-yes = Да, присылайте
remind-keep-going-pause = Пауза на неделю
remind-keep-going-stop = Остановить напоминания
remind-keep-going-reply = Хорошо, что вы откликнулись. Напоминания будут приходить дальше.
remind-auto-paused =
    Ежедневные напоминания теперь на паузе, чтобы они не копились, пока вы заняты жизнью.

    Когда захотите их вернуть, отправьте /remind on.
remind-auto-paused-button = Включить снова

## A tap on a check-in button under a reminder ($answer is the button's words)

checkin-noted = Отмечено: { $answer }. Спасибо, что отметились.
checkin-same = Уже отмечено: { $answer }.
checkin-unknown = Не могу найти это напоминание. В следующем будут новые кнопки.
# The replies to each mood, so the same words do not come twice in a row. There are three of
# each (the code counts them); "holding" comes with buttons to two scenarios.
checkin-reply-holding-1 = Похоже, день тяжёлый. Прямо сейчас ничего не нужно исправлять. Если поможет, уделите десять спокойных минут одному из этих разговоров:
checkin-reply-holding-2 = Крепко цепляться — это по-человечески, а не провал. Возможно, один из этих разговоров сделает следующий час чуть легче:
checkin-reply-holding-3 = Спасибо за честность. Сегодня достаточно маленького шага. Вот два, которые можно сделать:
checkin-reply-between-1 = «Где-то посередине» — честный ответ. Заметьте одну вещь, которую вы сегодня оставили как есть.
checkin-reply-between-2 = Отчасти цепляться, отчасти отпускать: именно так и выглядит движение.
checkin-reply-between-3 = Спасибо, что отметились. «Посередине» — тоже практика.
checkin-reply-letting-go-1 = Отмечено. Пусть эта лёгкость побудет с вами.
checkin-reply-letting-go-2 = Чудесно. Наслаждайтесь простором, который это даёт.
checkin-reply-letting-go-3 = Хорошая новость. Продолжайте бережно.

## The weekly summary

summary-title = <b>Ваша неделя</b>
summary-quiet = Тихая неделя, и так тоже можно. Начать заново можно в любой день.
# $of is 7, or fewer for someone who started this week. Worded so no noun follows the numbers.
summary-practised =
    { $of ->
        [7] Дней с практикой за последнюю неделю: <b>{ $days }</b> из 7.
       *[other] Дней с практикой с тех пор, как вы начали: <b>{ $days }</b> из { $of }.
    } Каждый такой день засчитан, и это уже не отменить.
summary-button = Посмотреть месяц

## /progress (the caption) and its chart

progress-title = <b>Ваша практика</b>
progress-count-last =
    За последние { $days } { $days ->
        [one] день
        [few] дня
        [many] дней
       *[other] дня
    }: <b>{ $count }</b> { $count ->
        [one] день практики
        [few] дня практики
        [many] дней практики
       *[other] дня практики
    }
progress-count-since =
    С тех пор как вы начали ({ $started ->
        [one] { $started } день
        [few] { $started } дня
        [many] { $started } дней
       *[other] { $started } дня
    }): <b>{ $count }</b> { $count ->
        [one] день практики
        [few] дня практики
        [many] дней практики
       *[other] дня практики
    }
progress-checkins-title = <i>Отметки за последние { $days } { $days ->
        [one] день
        [few] дня
        [many] дней
       *[other] дня
    }</i>
progress-no-checkins = За эти дни отметок пока нет: их добавляют кнопки под напоминанием.
# One line of the legend: the square, the button's words, how many.
progress-legend = { $square } { $label }: { $count }
progress-first = День практики — это день, когда вы прошли разговор (/scenarios) или сделали отметку. Начать можно в любой день.
progress-counted = Каждый день практики засчитан, и это уже не отменить. Выходной ничего не отнимает: начать заново можно в любой день.
chart-title = Последние { $days } { $days ->
        [one] день
        [few] дня
        [many] дней
       *[other] дня
    }
chart-practice-days = Дни практики
# $date is a short date («9 июн.»).
chart-today = { $date } (сегодня)
