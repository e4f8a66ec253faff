# letgo: safety texts in Italian, "tu".
# Telegram HTML: only <b>, <i> and <a href="...">. Short, warm, hopeful; never about methods.

## The direct question, asked when a message suggests risk but no act or plan

safety-question =
    Mi fa davvero piacere che tu mi abbia detto come ti senti. Voglio chiederti una cosa in modo diretto, perché è importante:
    <b>Stai pensando di toglierti la vita o di farti del male?</b>
safety-answer-yes = Sì
safety-answer-unsure = Non lo so
safety-answer-no = No, sono al sicuro
# Typed answers understood while the question waits: words separated by |
safety-words-yes = sì|si|sii|sì ci penso|si ci penso|sì a volte|si a volte|a volte|sì purtroppo|si purtroppo
safety-words-unsure = non lo so|non so|nn lo so|nn so|boh|forse|non sono sicuro|non sono sicura|non ne sono sicuro|non ne sono sicura|chissà|chissa
safety-words-no = no|nope|nono|no no|no, sono al sicuro|sono al sicuro|no, tranquillo|no, tranquilla|no tranquillo|no tranquilla
# Punctuation is ignored when matching: "no, sto bene" and "no sto bene" (regional or hurried for "non sto bene") are the same words, so it is ambiguous, never "no".
safety-words-ambiguous = no sto bene
safety-no-reply =
    Grazie per avermelo detto. Sentirsi così giù dopo una rottura fa male, ed è comprensibile.
    Se in qualche momento diventa più pesante, /sos ti mostra persone con cui parlare, a qualsiasi ora.
safety-no-back = Riprendiamo da dove eravamo rimasti.
safety-answered = La tua risposta: { $answer }

## The crisis answer: help at once

crisis-opening = 💛 <b>Grazie per avermelo detto. Mi fa davvero piacere che tu mi abbia scritto.</b>
crisis-body = Quello che stai portando sembra davvero pesante, e meriti il sostegno di una persona, adesso. Non devi affrontarlo senza nessuno accanto.
crisis-emergency = Se senti che potresti mettere in atto questi pensieri, o se sei in pericolo, chiama subito il <b>{ $number }</b>, per favore.
crisis-emergency-unknown = Se senti che potresti mettere in atto questi pensieri, o se sei in pericolo, chiama subito il numero di emergenza del posto in cui ti trovi, per favore.
crisis-lines-intro = Persone con cui puoi parlare adesso, gratis e in modo riservato:
crisis-directory = Altre linee di ascolto: <a href="{ $url }">findahelpline.com</a>
crisis-trusted = Può aiutare anche raccontare a una persona di cui ti fidi come sta andando la giornata.
crisis-coach = Sono un coach di auto-aiuto, non un servizio per le crisi, e sono ancora qui con te.
crisis-paused = Ho messo in pausa la nostra conversazione; con /scenarios puoi riprenderla quando vuoi.
crisis-follow-up = 💛 Sono ancora qui con te. Per favore, contatta qualcuno adesso: una delle linee qui sotto o una persona di cui ti fidi.

crisis-country-setting = Linee di ascolto del Paese: { $country }.
crisis-country-assumed = Linee di ascolto del Paese: { $country }, in base { $source ->
        [time-zone] al tuo fuso orario
       *[language] alla tua lingua
    }. Sei altrove? Invia /country e il nome del tuo Paese.
crisis-country-unknown = Dimmi in che Paese sei, per esempio <i>/country Italia</i>, e ti mostrerò le linee di ascolto di lì.

crisis-button-safe = Per ora sono al sicuro
crisis-button-lines = Rivedi i numeri
crisis-button-plan = Piano di sicurezza
crisis-button-pause = Sospendi i promemoria

crisis-safe-reply =
    Mi fa piacere. Oggi trattati con gentilezza.
    Con /sos ritrovi queste linee di ascolto in qualsiasi momento, e io sono qui quando vuoi parlare.
crisis-reminders-paused = I tuoi promemoria quotidiani sono in pausa per 7 giorni. Con /pause off ripartono prima.
crisis-reminders-none = Non hai promemoria quotidiani da mettere in pausa. Non ti manderò niente che tu non abbia chiesto.

## Helplines, as listed in a message

helpline-call = chiama il { $number }
helpline-text = { $how }
helpline-chat = <a href="{ $url }">chat online</a>
helpline-web = <a href="{ $url }">sito web</a>
helpline-hours = { $hours }

## /sos and /country

sos-intro = 💛 Persone con cui puoi parlare adesso, gratis e in modo riservato. Non serve essere in crisi per chiedere aiuto.
country-current = Il tuo Paese per le linee di ascolto: <b>{ $country }</b>. Per cambiarlo, invia /country e un altro nome.
country-none = Non conosco ancora il tuo Paese. Invialo così: <i>/country Italia</i>
country-set = Fatto: <b>{ $country }</b>. Con /sos vedi le linee di ascolto di lì.
country-unknown = Non ho trovato «{ $input }». Prova con il nome in inglese o con un codice di due lettere, come <i>/country IT</i>.

## After a crisis answer, the next daily reminder is this instead

checkin-after-crisis = 💛 Ciao, sono letgo. Ho pensato a te dall'ultima volta che abbiamo parlato. Come stai oggi?
checkin-button-lines = Mostra i numeri
checkin-button-okay = Oggi sto bene

## /safetyplan: a plan for hard moments, in the person's own words

plan-intro =
    Un piano di sicurezza è una breve lista, con parole tue, di ciò che ti aiuta quando le cose si fanno molto difficili. Scriverlo in un giorno più tranquillo rende più facile ricorrerci dopo.
    Sei domande brevi. Rispondi con poche parole o tocca Salta.
plan-q-signs = <b>1/6 · Segnali di allarme.</b> Cosa ti fa capire che sta arrivando un momento difficile? Pensieri, emozioni, luoghi, momenti della giornata.
plan-q-alone = <b>2/6 · Per conto mio.</b> Cosa puoi fare per conto tuo per superare il momento, almeno per un po'? Una passeggiata, musica, una doccia, scrivere quello che senti.
plan-q-distract = <b>3/6 · Persone e luoghi.</b> Chi o quale posto ti aiuta a distrarti? Qualcuno con cui chiacchierare, un bar, la palestra.
plan-q-people = <b>4/6 · A chi posso chiedere.</b> A chi potresti dire che stai passando un momento difficile? Nomi e, se vuoi, numeri.
plan-q-pros = <b>5/6 · Professionisti e linee di ascolto.</b> Quale medico, terapeuta o linea di ascolto potresti contattare?
plan-q-pros-hint = Vicino a te, per esempio: { $lines }
plan-q-safer = <b>6/6 · Un posto più sicuro.</b> Cosa potrebbe rendere più sicuro il posto in cui sei, mentre queste emozioni passano? Per esempio, stare vicino ad altre persone o chiedere a qualcuno di restare con te.
plan-skip = Salta
plan-title = 💛 <b>Il mio piano di sicurezza</b>
plan-h-signs = Segnali di allarme
plan-h-alone = Per conto mio
plan-h-distract = Persone e luoghi
plan-h-people = A chi posso chiedere
plan-h-pros = Professionisti e linee di ascolto
plan-h-safer = Un posto più sicuro
plan-empty-part = <i>non ancora scritto</i>
plan-saved = È salvato. /safetyplan te lo mostra quando vuoi; /export lo include e /delete lo cancella.
plan-change = Cambia una parte
plan-restart = Ricomincia
plan-which = Quale parte vuoi cambiare?
plan-too-long = È tanto per una sola parte: { $length } caratteri, e ne entrano { $max }. Riesci ad accorciarlo?
plan-stopped = Va bene, ci fermiamo qui. Quello che hai scritto finora resta salvato: /safetyplan te lo mostra.
plan-send-text = Scrivi la tua risposta in un messaggio, oppure tocca Salta.

abuse-intro = 💛 Avere paura di qualcuno è una cosa seria, e meriti di essere al sicuro. Questi servizi aiutano chi si trova nella tua situazione, gratis e in modo riservato:
abuse-directory = Altri servizi di aiuto: <a href="{ $url }">findahelpline.com</a>
