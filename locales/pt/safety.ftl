# letgo: safety texts in Brazilian Portuguese, "você".
# Telegram HTML: only <b>, <i> and <a href="...">. Short, warm, hopeful; never about methods.

## The direct question, asked when a message suggests risk but no act or plan

safety-question =
    Que bom que você me contou como está se sentindo. Quero te perguntar uma coisa diretamente, porque isso importa:
    <b>Você está pensando em tirar a própria vida ou em se machucar?</b>
safety-answer-yes = Sim
safety-answer-unsure = Não tenho certeza
safety-answer-no = Não, estou em segurança
# Typed answers understood while the question waits: words separated by |
safety-words-yes = sim|s|ss|simm|aham|uhum|sim estou|sim, estou|sim tô|sim to|sim às vezes|sim as vezes|às vezes|as vezes
safety-words-unsure = não sei|nao sei|n sei|ns|sei lá|sei la|não tenho certeza|nao tenho certeza|não sei dizer|nao sei dizer|talvez|pode ser
safety-words-no = não|nao|n|nn|nãoo|naoo|estou em segurança|estou em seguranca
# Punctuation is ignored when matching, so "No, X" and "No X" are the same words: an answer that reads as "I'm not safe / not okay" without its comma is ambiguous, never "no".
safety-words-ambiguous = não estou em segurança|nao estou em seguranca|não estou bem|nao estou bem|não tô bem|nao to bem|não to bem
safety-no-reply =
    Agradeço por você me contar. Ficar tão pra baixo depois de um término dói, e faz todo sentido.
    Se em algum momento pesar mais, use /sos para ver pessoas com quem você pode conversar, a qualquer hora.
safety-no-back = Vamos continuar de onde paramos.
safety-answered = Sua resposta: { $answer }

## The crisis answer: help at once

crisis-opening = 💛 <b>Agradeço muito por você me contar. Que bom que você se abriu comigo.</b>
crisis-body = O que você está carregando parece muito pesado, e você merece o apoio de uma pessoa agora mesmo. Você não precisa passar por isso sem ninguém do seu lado.
crisis-emergency = Se houver risco de você agir de acordo com esses pensamentos, ou se estiver em perigo, por favor, ligue agora para o <b>{ $number }</b>.
crisis-emergency-unknown = Se houver risco de você agir de acordo com esses pensamentos, ou se estiver em perigo, por favor, ligue agora para o número de emergência do lugar onde você está.
crisis-lines-intro = Pessoas com quem você pode conversar agora, de graça e em sigilo:
crisis-directory = Mais linhas de apoio: <a href="{ $url }">findahelpline.com</a>
crisis-trusted = Também pode ajudar contar para alguém de confiança como está sendo o seu dia.
crisis-coach = Sou um coach de autoajuda, não um serviço de crise, e continuo aqui com você.
crisis-paused = Pausei a nossa conversa; com /scenarios você volta para ela quando quiser.
crisis-follow-up = 💛 Continuo aqui com você. Por favor, procure alguém agora: uma das linhas abaixo ou uma pessoa de confiança.

crisis-country-setting = Linhas de apoio para { $country }.
crisis-country-assumed = Linhas de apoio para { $country }, com base no seu { $source ->
        [time-zone] fuso horário
       *[language] idioma
    }. Está em outro país? Envie /country e o nome do seu país.
crisis-country-unknown = Me diga em que país você está, por exemplo <i>/country Brasil</i>, e eu mostro as linhas de apoio de lá.

crisis-button-safe = Agora estou em segurança
crisis-button-lines = Ver as linhas de novo
crisis-button-plan = Criar plano de segurança
crisis-button-pause = Pausar meus lembretes

crisis-safe-reply =
    Que bom. Vá com calma e seja gentil com você hoje.
    Com /sos você vê essas linhas de novo quando quiser, e eu estou aqui sempre que você quiser conversar.
crisis-reminders-paused = Seus lembretes diários estão pausados por 7 dias. Com /pause off, eles voltam antes.
crisis-reminders-none = Você não tem lembretes diários para pausar. Não vou te mandar nada que você não tenha pedido.

## Helplines, as listed in a message

helpline-call = ligue { $number }
helpline-text = { $how }
helpline-chat = <a href="{ $url }">chat on-line</a>
helpline-web = <a href="{ $url }">site</a>
helpline-hours = { $hours }

## /sos and /country

sos-intro = 💛 Pessoas com quem você pode conversar agora, de graça e em sigilo. Não é preciso estar em crise para procurar ajuda.
country-current = Seu país para as linhas de apoio: <b>{ $country }</b>. Para mudar, envie /country e o nome de outro país.
country-none = Ainda não sei qual é o seu país. Envie assim: <i>/country Brasil</i>
country-set = Pronto: <b>{ $country }</b>. Com /sos você vê as linhas de apoio de lá.
country-unknown = Não encontrei “{ $input }”. Tente o nome em inglês ou um código de duas letras, como <i>/country BR</i>.

## After a crisis answer, the next daily reminder is this instead

checkin-after-crisis = 💛 Oi, aqui é o letgo. Pensei em você desde a nossa última conversa. Como você está hoje?
checkin-button-lines = Ver linhas de apoio
checkin-button-okay = Hoje estou bem

## /safetyplan: a plan for hard moments, in the person's own words

plan-intro =
    Um plano de segurança é uma lista curta, com as suas palavras, do que ajuda quando as coisas ficam muito difíceis. Escrever num dia mais tranquilo facilita recorrer a ele depois.
    São seis perguntas curtas. Responda com poucas palavras ou toque em Pular.
plan-q-signs = <b>1/6 · Sinais de alerta.</b> O que mostra que um momento difícil está chegando? Pensamentos, sentimentos, lugares, horários do dia.
plan-q-alone = <b>2/6 · Por conta própria.</b> O que você pode fazer por conta própria para atravessar esse momento por um tempo? Uma caminhada, música, um banho, escrever o que sente.
plan-q-distract = <b>3/6 · Pessoas e lugares.</b> Quem ou que lugar ajuda você a distrair a cabeça? Alguém para conversar, um café, a academia.
plan-q-people = <b>4/6 · A quem posso pedir ajuda.</b> Para quem você poderia contar que não está bem? Nomes e, se quiser, telefones.
plan-q-pros = <b>5/6 · Profissionais e linhas de apoio.</b> Com qual médico, terapeuta ou linha de apoio você poderia entrar em contato?
plan-q-pros-hint = Perto de você, por exemplo: { $lines }
plan-q-safer = <b>6/6 · Um lugar mais seguro.</b> O que poderia deixar o lugar onde você está mais seguro enquanto esses sentimentos passam? Por exemplo, ficar perto de outras pessoas ou pedir para alguém ficar com você.
plan-skip = Pular
plan-title = 💛 <b>Meu plano de segurança</b>
plan-h-signs = Sinais de alerta
plan-h-alone = Por conta própria
plan-h-distract = Pessoas e lugares
plan-h-people = A quem posso pedir ajuda
plan-h-pros = Profissionais e linhas de apoio
plan-h-safer = Um lugar mais seguro
plan-empty-part = <i>ainda não escrito</i>
plan-saved = Está salvo. Com /safetyplan você vê o plano quando quiser; /export inclui o plano e /delete apaga.
plan-change = Mudar uma parte
plan-restart = Começar de novo
plan-which = Qual parte você quer mudar?
plan-too-long = É muita coisa para uma parte só: { $length } caracteres, e cabem { $max }. Dá para encurtar?
plan-stopped = Tudo bem, vamos parar por aqui. O que você já escreveu fica salvo: /safetyplan mostra.
plan-send-text = Escreva sua resposta numa mensagem ou toque em Pular.

abuse-intro = 💛 Sentir medo de alguém é algo sério, e você merece estar em segurança. Estes serviços ajudam pessoas na sua situação, de graça e em sigilo:
abuse-directory = Mais serviços de apoio: <a href="{ $url }">findahelpline.com</a>
