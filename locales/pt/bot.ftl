# letgo: the bot's own words in Brazilian Portuguese, "você".
# Outside the scenarios and the safety texts. Telegram HTML where the message is sent as HTML
# (most are). Short, warm, plain; one idea per message.

## Welcome, help, menu

welcome =
    Oi, { $name }. Eu sou o letgo, um coach de bolso para os dias depois de um término.

    Aqui a gente pratica soltar: parar de se agarrar ao que não dá para controlar, para abrir espaço para o que dá.

    <i>Sou um coach de autoajuda, não terapia nem um serviço de crise. Se você estiver em perigo, ligue para o número de emergência da sua região ou envie /sos.</i>
welcome-back = Que bom ter você de volta. Posso voltar a te mandar lembretes; /remind mostra como eles estão configurados.
help-intro = Veja o que eu posso fazer:
help-outro = Toque nos botões quando eles aparecerem; escreva quando eu pedir.
menu-scenarios = Escolha uma conversa
menu-urge = Prestes a mandar mensagem?
menu-remind = Lembretes diários
menu-help = Ajuda

## The command menu (Telegram shows these next to each command)

command-start = Boas-vindas e menu principal
command-scenarios = Escolher uma conversa de coaching
command-urge = Prestes a mandar mensagem? Comece aqui
command-remind = Seu lembrete diário: ligar, desligar ou mudar o horário
command-timezone = Definir seu fuso horário, ex.: /timezone São Paulo
command-pause = Pular os lembretes por alguns dias, ex.: /pause 3
command-journal = Ler o que você escreveu
command-progress = Sua prática e como você tem se sentido
command-cancel = Sair da conversa atual
command-sos = Linhas de apoio, se tudo pesar demais
command-safetyplan = Seu plano para os momentos difíceis
command-country = Seu país, para mostrar as linhas de apoio certas
command-language = Mudar o idioma
command-stop = Parar as mensagens que você não pediu
command-export = Baixar tudo o que eu guardo sobre você
command-delete = Apagar tudo o que eu guardo sobre você
command-help = O que eu posso fazer

## Answers when nothing else fits (crisis detection has read every word first)

stopped =
    Pronto. Não vou te mandar nada, a não ser que você me escreva primeiro.

    Seus dados ficam guardados até você pedir: /delete apaga tudo. Com /start você volta a receber minhas mensagens.
coming-soon = /{ $command } chega em breve. Por enquanto, /help mostra o que já funciona.
unknown-command = Não conheço /{ $command }, desculpe. /help mostra o que eu posso fazer.
non-text = Não consigo ver fotos nem figurinhas, só palavras e toques nos botões. Se quiser conversar sobre alguma coisa, /scenarios é um bom começo.
free-text = Agradeço por você me contar. Não consigo responder bem a mensagens livres, mas uma conversa guiada curta pode ajudar: /scenarios. Se as coisas estiverem pesadas demais agora, /sos mostra pessoas com quem você pode conversar, a qualquer hora.
paused = Nossa conversa <b>{ $title }</b> está pausada. Quando quiser, /scenarios te leva de volta a ela. Se tudo pesar demais, /sos mostra pessoas com quem você pode conversar.
private-only = Oi! Só funciono em conversas privadas, para que o que cada pessoa compartilha continue privado. Me mande uma mensagem direta: @{ $username }
error = Desculpe, algo deu errado do meu lado. Tente de novo daqui a pouco.
button-ended = Isso já terminou. /help mostra para onde ir a partir daqui.

# Polling, when the database stayed away for a minute: the message was not kept.
error-not-saved = Não consegui salvar isso. Pode mandar de novo?

## Language

language-choose = Em qual idioma você quer que eu fale?
language-set = Combinado, a partir de agora falo com você em português.
language-name = Português (Brasil)

## Scenarios: menus, switching, leaving

scenarios-intro = Escolha uma conversa. Cada uma leva alguns minutos, e você pode sair quando quiser com /cancel.
scenarios-in-run = Você está no meio de <b>{ $title }</b>. Toque nela para continuar, ou em outra para trocar.
scenarios-line = { $index }. <b>{ $title }</b>: { $summary }
scenarios-continue = ↩ Continuar: { $title }
scenarios-switch-question = Você está no meio de <b>{ $current }</b>. Sair dela e começar <b>{ $next }</b>?
scenarios-restart-question = Você está no meio de <b>{ $title }</b>. Quer recomeçar do início?
scenarios-switch-yes = Sim, começar “{ $title }”
scenarios-restart-yes = Começar de novo
scenarios-stay = Não, continuar
scenarios-all = Todas as conversas
scenarios-unknown = Não conheço nenhuma conversa chamada “{ $id }”. Estas são as que eu tenho:
scenarios-cancelled = Tudo bem, saímos de <b>{ $title }</b>. O que você respondeu até aqui fica salvo. Use /scenarios quando quiser tentar de novo.
scenarios-nothing-to-cancel = Você não está em nenhuma conversa agora. Com /scenarios você escolhe uma.
scenarios-ended = Essa já terminou.
scenarios-ended-use-latest = Essa já terminou. Use a mensagem mais recente, por favor.
scenarios-changed = Eu reescrevi <b>{ $title }</b> depois que você começou, e a parte em que você estava não existe mais. Quer começar de novo?
scenarios-start-again = Começar de novo
scenarios-gone = Essa conversa não existe mais. Estas são as que eu tenho:

## What the bot says when an answer does not fit the step

refuse-tap = Quando quiser, toque em um dos botões acima. (/cancel sai desta conversa.)
refuse-older-button = Esse botão é de uma mensagem antiga. Use a mais recente, por favor.
refuse-finished = Já terminamos esta. Escolha outra no menu quando quiser.
refuse-changed = Esta conversa mudou desde que começamos. Vamos começar de novo.
refuse-tick = Marque tudo o que se encaixa e depois toque em “{ $done }”.
refuse-type = Escreva sua resposta numa mensagem, por favor.
refuse-empty = Não encontrei nenhuma palavra aí. Pode escrever algumas?
refuse-too-long = É um pouco mais do que eu consigo guardar: { $length } caracteres, e o limite aqui é { $max }. Dá para encurtar?

## The journal

journal-empty = Seu diário está vazio por enquanto. Algumas conversas pedem para você escrever (experimente “Ao que eu me agarro?” em /scenarios); o que você escrever lá aparece aqui.
journal-title = <b>Seu diário</b>
journal-title-page = <b>Seu diário</b> ({ $from }–{ $to } de { $total })
journal-newer = ‹ Mais recentes
journal-older = Mais antigas ›
journal-cut = <i>Algumas anotações aparecem encurtadas aqui; o /export traz tudo completo.</i>

## Privacy

export-caption = Tudo o que eu guardo sobre você, em JSON. /delete apaga.
delete-question = Isso apaga tudo o que eu guardo sobre você: configurações, lembretes, respostas, diário e plano de segurança. Não dá para desfazer. Apagar?
delete-yes = Sim, apagar tudo
delete-no = Não, manter
delete-done = Pronto. Tudo o que eu guardava sobre você foi apagado. Se você me escrever de novo, começamos do zero.
delete-kept = Nada foi apagado.
