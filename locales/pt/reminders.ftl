# letgo: the reminder feature's words in Brazilian Portuguese, "você".
# /remind, /timezone, /pause, /progress, the check-in replies, and the messages the dispatcher
# sends besides the daily texts (those are in scenarios/translations/pt/reminders.yaml).
# Telegram HTML where the message is sent as HTML. Weekday names and dates come from Intl.

## The offer and the set-up

remind-offer =
    Ajudaria ter um lembrete curto uma vez por dia? Uma ou duas frases sobre continuar se envolvendo enquanto solta o resultado, e uma pergunta rápida que você responde com um toque.

    Escolha um horário (o da sua região), ou envie /remind 7:45 para outro.
# $schedule is a whole remind-schedule-… phrase.
remind-offer-when-on = Seu lembrete está ligado: { $schedule }. Se quiser, escolha outro horário:
# Added to the welcome of someone who never answered the offer, after an empty line.
remind-welcome-line = Um lembrete diário curto ajuda a prática a virar hábito: toque em <b>Lembretes diários</b> para escolher um horário.
remind-not-now = Sem problema. Com /remind você configura um lembrete diário quando quiser.
remind-button-later = Agora não
remind-button-off = Desligar
remind-ask-zone = Lembretes às <b>{ $time }</b>. Em que cidade você está? Escreva, por exemplo, <i>São Paulo</i>, <i>Recife, Brasil</i> ou <i>UTC-3</i>, para que as { $time } sejam as suas { $time }.
remind-turned-off = Os lembretes diários estão desligados. Com /remind on eles voltam.
remind-back-on = Que bom ter você de volta. { $confirm }
remind-confirm =
    Pronto: um lembrete { $schedule }.
    { $next }
remind-confirm-stopped = Você usou /stop antes: envie /start para voltar a receber lembretes.

## How often, at what time, where

remind-frequency-daily = todos os dias
remind-frequency-weekdays = de segunda a sexta
remind-frequency-every-other-day = dia sim, dia não
remind-frequency-daily-button = Todos os dias
remind-frequency-weekdays-button = De segunda a sexta
remind-frequency-every-other-day-button = Dia sim, dia não
remind-frequency-set = Agora, lembretes { $frequency }. { $next }
# "todos os dias às 20:00, horário de São Paulo": the place the person named, or their zone's city.
remind-schedule-place = { $frequency } às <b>{ $time }</b>, horário de { $place }
# A zone without a place: "todos os dias às 20:00 (UTC+5:30)".
remind-schedule-zone = { $frequency } às <b>{ $time }</b> ({ $zone })
remind-schedule = { $frequency } às <b>{ $time }</b>
remind-next = Próximo: { $when }.
remind-next-paused = Em pausa por enquanto. Próximo: { $when }.
remind-when-today = hoje às { $time }
remind-when-tomorrow = amanhã às { $time }
# $weekday is the weekday's full name ("sexta-feira"), within the coming week. No article:
# "na sexta-feira" but "no sábado".
remind-when-weekday = { $weekday }, às { $time }
# $date is a short date with its weekday ("qui., 12 de jun."), further ahead.
remind-when-date = { $date }, às { $time }

## /remind

remind-state-off = Os lembretes diários estão <b>desligados</b>.
remind-state-off-auto = Os lembretes diários estão <b>desligados</b>. Eles se pausaram sozinhos depois de um tempo sem resposta, e está tudo bem.
remind-state-no-time = Os lembretes diários estão <b>ligados</b>, mas ainda preciso de um horário. Escolha um abaixo ou envie /remind 7:45.
remind-state-no-zone = Os lembretes diários estão <b>ligados</b> às { $time }, mas ainda preciso da sua cidade ou do seu fuso horário.
remind-state-on = Os lembretes diários estão <b>ligados</b>: { $schedule }.
remind-state-stopped = Você usou /stop, então nada é enviado até você usar /start de novo.
remind-state-change = Mude abaixo, ou use: /remind 20:30, /timezone São Paulo, /pause 3 ou /remind off.
remind-time-hint = Envie um horário como 20:30, 8:30, 20h ou 20h30, ex.: /remind 20:30
remind-bad-time = Não consegui entender esse horário. { remind-time-hint }

## The weekly summary's day

remind-summary-ask = Um resumo curto da sua semana, junto com seus lembretes, no dia que você escolher. Qual dia?
remind-summary-off-button = Sem resumo
remind-summary-none = Sem resumo semanal.
# $weekday is the full name ("domingo"). Without an article: "toda segunda-feira" but "todo domingo".
remind-summary-set = Dia do seu resumo semanal: { $weekday }.
remind-summary-button-off = Resumo semanal: desligado
# $weekday is the short name ("dom.").
remind-summary-button = Resumo semanal: { $weekday }

## The time zone

remind-zone-type = Escreva, por exemplo, <i>São Paulo</i>, <i>Recife, Brasil</i> ou <i>UTC-3</i>.
remind-zone-ask = Em que cidade você está? { remind-zone-type }
remind-zone-current = Seu fuso horário: { $where }.
remind-place-time = horário de { $place }
remind-zone-set = Fuso horário definido: <b>{ $zone }</b>.
remind-zone-set-place = Fuso horário definido: horário de <b>{ $place }</b>.
remind-zone-set-off = Com /remind você configura um lembrete diário.
remind-zone-retry = Não encontrei “{ $typed }”. Tente uma cidade grande perto de você, ou “Cidade, País”, ou um fuso como UTC-3. (/remind off, se preferir deixar para lá.)
remind-zone-suggest = Não encontrei “{ $typed }”. Você quis dizer <b>{ $place }</b>?
remind-zone-suggest-button = Sim, { $place }
remind-zone-hint = Envie uma cidade ou fuso horário como São Paulo, Manaus, Recife, Brasil, UTC ou UTC-3, ex.: /timezone America/Sao_Paulo ou /timezone Porto, Portugal
remind-bad-zone = Não encontrei esse lugar. { remind-zone-hint }

## /pause

# $min and $max are the range /pause accepts (1 and 90).
remind-days-hint = Envie um número de dias de { $min } a { $max }, ex.: /pause 7
remind-pause-help = { remind-days-hint }. /pause off encerra uma pausa.
remind-days-unreadable = Não consegui entender isso como um número de dias. { remind-days-hint }
remind-days-out-of-range = Posso pausar os lembretes de { $min } a { $max } dias por vez, ex.: /pause 7
remind-paused =
    Lembretes pausados por { $days ->
        [7] uma semana
        [one] { $days } dia
       *[other] { $days } dias
    }. { $next } /pause off encerra a pausa antes.
remind-pause-lifted = Pausa encerrada. { $next }
remind-pause-when-off = Seus lembretes diários estão desligados, então não há nada para pausar. Com /remind você configura.

## The contact question

remind-contact-question = Uma pergunta, para os lembretes combinarem com os seus dias: depois do término, vocês ainda têm contato?
remind-contact-yes = Sim, ainda nos falamos
remind-contact-no = Não temos mais
remind-contact-complicated = É complicado
remind-contact-thanks-yes = Agradeço. Alguns lembretes vão falar dos momentos em que vocês têm contato.
remind-contact-thanks-no = Agradeço. Vou deixar de fora os lembretes sobre mandar mensagem ou encontrar a pessoa.
remind-contact-thanks-complicated = Agradeço. Muitas vezes é assim mesmo. Vou manter lembretes para os dois tipos de dia.

## After five reminders without an answer, and after ten

remind-keep-going =
    Mandei alguns lembretes sem ter resposta, e está tudo bem mesmo.

    Você quer que eles continuem chegando?
remind-keep-going-yes = Sim, pode continuar
remind-keep-going-pause = Pausar por uma semana
remind-keep-going-stop = Parar os lembretes
remind-keep-going-reply = Que bom ter notícias suas. Seus lembretes continuam chegando.
remind-auto-paused =
    Pausei seus lembretes diários, para eles não se acumularem enquanto você vive a sua vida.

    Quando quiser eles de volta, envie /remind on.
remind-auto-paused-button = Ligar de novo

## A tap on a check-in button under a reminder ($answer is the button's words)

checkin-noted = Anotado: { $answer }. Agradeço por contar como você está.
checkin-same = Já anotado: { $answer }.
checkin-unknown = Não encontro mais esse lembrete. O próximo vem com botões novos.
# The replies to each mood, so the same words do not come twice in a row. There are three of
# each (the code counts them); "holding" comes with buttons to two scenarios.
checkin-reply-holding-1 = Parece um dia pesado. Você não precisa resolver nada agora. Se ajudar, tire dez minutos tranquilos para uma destas:
checkin-reply-holding-2 = Se agarrar com força é humano, não é fracasso. Uma destas pode deixar a próxima hora um pouco mais leve:
checkin-reply-holding-3 = Agradeço pela sua sinceridade. Hoje, um passo pequeno basta. Aqui estão dois que você pode dar:
checkin-reply-between-1 = Ficar no meio do caminho é um lugar honesto. Repare em algo que hoje você deixou como estava.
checkin-reply-between-2 = Um pouco se agarrando, um pouco soltando: é assim que a gente avança.
checkin-reply-between-3 = Agradeço por contar como você está. No meio do caminho também conta como prática.
checkin-reply-letting-go-1 = Anotado. Deixe essa leveza se assentar.
checkin-reply-letting-go-2 = Que bom. Aproveite o espaço que isso te dá.
checkin-reply-letting-go-3 = Bom saber. Siga com gentileza, no seu ritmo.

## The weekly summary

summary-title = <b>Sua semana</b>
summary-quiet = Uma semana tranquila, e tudo bem. Qualquer dia é um bom dia para recomeçar.
# $of is 7, or fewer for someone who started this week.
summary-practised =
    Você praticou em <b>{ $days }</b> { $of ->
        [7] dos últimos 7 dias
        [one] de { $of } dia desde que começou
       *[other] dos { $of } dias desde que começou
    }. Cada um conta, e isso ninguém apaga.
summary-button = Ver meu mês

## /progress (the caption) and its chart

progress-title = <b>Sua prática</b>
# pt's [one] covers 0 as well; "0 dias" reads right, so 0 has its own variant.
progress-count-last =
    Últimos { $days } dias: <b>{ $count }</b> { $count ->
        [0] dias de prática
        [one] dia de prática
       *[other] dias de prática
    }
progress-count-since =
    Desde que você começou ({ $started ->
        [one] { $started } dia
       *[other] { $started } dias
    }): <b>{ $count }</b> { $count ->
        [0] dias de prática
        [one] dia de prática
       *[other] dias de prática
    }
progress-checkins-title = <i>Como você tem se sentido, últimos { $days } dias</i>
progress-no-checkins = Ainda não há respostas nestes dias: os botões de cada lembrete vão registrando aqui.
# One line of the legend: the square, the button's words, how many.
progress-legend = { $square } { $label }: { $count }
progress-first = Terminar uma conversa (/scenarios) ou responder a um lembrete pelos botões conta como dia de prática. Qualquer dia é um bom dia para começar.
progress-counted = Cada dia de prática conta, e isso ninguém apaga. Um dia de folga não tira nada: você pode recomeçar em qualquer dia.
chart-title = Seus últimos { $days } dias
chart-practice-days = Dias de prática
# $date is a short date ("9 de jun.").
chart-today = { $date } (hoje)
