# letgo : textes de sécurité en français, tutoiement.
# Telegram HTML: only <b>, <i> and <a href="...">. Short, warm, hopeful; never about methods.

## The direct question, asked when a message suggests risk but no act or plan

safety-question =
    Merci de me dire ce que tu ressens, ça compte vraiment. J'ai besoin de te poser une question directe, parce que c'est important :
    <b>Est-ce que tu penses à mettre fin à tes jours, ou à te faire du mal ?</b>
safety-answer-yes = Oui
safety-answer-unsure = Je ne sais pas
safety-answer-no = Non, je suis en sécurité
# Typed answers understood while the question waits: words separated by |
safety-words-yes = oui|ouais|ouai|wi|oui j'y pense|oui j’y pense|oui parfois|parfois|oui ça m'arrive|oui ça m’arrive|oui ca m'arrive
safety-words-unsure = je sais pas|je ne sais pas|j'sais pas|j’sais pas|jsais pas|chais pas|sais pas|jsp|peut-être|peut être|peut-etre|peut etre|pas sûr|pas sûre|pas sur|pas sure|je suis pas sûr|je suis pas sûre|je ne suis pas sûr|je ne suis pas sûre|aucune idée|aucune idee
safety-words-no = non|nan|nn|non je suis en sécurité|non, je suis en sécurité|non je suis en securite|non, je suis en securite|je suis en sécurité|je suis en securite|non ça va|non, ça va|non ca va|non, ca va|non je vais bien|non, je vais bien
safety-words-ambiguous = { "" }
safety-no-reply =
    Merci de me l'avoir dit. Avoir le moral aussi bas après une rupture, ça fait mal, et c'est tout à fait compréhensible.
    Si un jour ça devient plus lourd, /sos te montre des personnes à qui parler, à toute heure.
safety-no-back = Reprenons là où on en était.
safety-answered = Ta réponse : { $answer }

## The crisis answer: help at once

crisis-opening = 💛 <b>Merci de me l'avoir dit. C'est vraiment bien que tu m'en parles.</b>
crisis-body = Ce que tu portes a l'air très lourd, et tu mérites d'avoir une vraie personne à tes côtés, dès maintenant. Tu n'as pas à traverser ça sans soutien.
crisis-emergency = Si tu sens que tu pourrais passer à l'acte, ou si tu es en danger, appelle le <b>{ $number }</b> maintenant, s'il te plaît.
crisis-emergency-unknown = Si tu sens que tu pourrais passer à l'acte, ou si tu es en danger, appelle maintenant le numéro d'urgence de l'endroit où tu te trouves, s'il te plaît.
crisis-lines-intro = Des personnes à qui parler maintenant, gratuitement et en toute confidentialité :
crisis-directory = Plus de lignes d'écoute : <a href="{ $url }">findahelpline.com</a>
crisis-trusted = Ça peut aussi aider de dire à quelqu'un en qui tu as confiance comment se passe ta journée.
crisis-coach = Je suis un coach d'auto-assistance, pas un service de crise, et je suis toujours là.
crisis-paused = J'ai mis notre conversation en pause ; /scenarios te permet de la reprendre quand tu veux.
crisis-follow-up = 💛 Je suis toujours là avec toi. S'il te plaît, contacte quelqu'un maintenant : une des lignes ci-dessous, ou une personne en qui tu as confiance.

crisis-country-setting = Lignes d'écoute du pays : { $country }.
crisis-country-assumed = Lignes d'écoute du pays : { $country }, d'après { $source ->
        [time-zone] ton fuseau horaire
       *[language] ta langue
    }. Tu es ailleurs ? Envoie /country et le nom de ton pays.
crisis-country-unknown = Dis-moi dans quel pays tu es, par exemple <i>/country France</i>, et je te montrerai les lignes d'écoute de ce pays.

crisis-button-safe = Là, je suis en sécurité
crisis-button-lines = Revoir les lignes
crisis-button-plan = Mon plan de sécurité
crisis-button-pause = Suspendre mes rappels

crisis-safe-reply =
    Tant mieux. Prends soin de toi aujourd'hui, tout en douceur.
    /sos te redonne ces lignes d'écoute à tout moment, et je suis là dès que tu veux parler.
crisis-reminders-paused = Tes rappels quotidiens sont en pause pour 7 jours. /pause off les réactive plus tôt.
crisis-reminders-none = Tu n'as pas de rappels quotidiens à mettre en pause. Je ne t'enverrai rien que tu n'aies pas demandé.

## Helplines, as listed in a message

helpline-call = appelle le { $number }
helpline-text = { $how }
helpline-chat = <a href="{ $url }">chat en ligne</a>
helpline-web = <a href="{ $url }">site web</a>
helpline-hours = { $hours }

## /sos and /country

sos-intro = 💛 Des personnes à qui parler maintenant, gratuitement et en toute confidentialité. Pas besoin d'être en crise pour les contacter.
country-current = Ton pays pour les lignes d'écoute : <b>{ $country }</b>. Pour le changer, envoie /country et un autre nom.
country-none = Je ne connais pas encore ton pays. Envoie-le comme ça : <i>/country Belgique</i>
country-set = C'est noté : <b>{ $country }</b>. /sos te montre les lignes d'écoute de ce pays.
country-unknown = Je n'ai pas trouvé « { $input } ». Essaie le nom en anglais ou un code à deux lettres, comme <i>/country FR</i>.

## After a crisis answer, the next daily reminder is this instead

checkin-after-crisis = 💛 Salut, c'est letgo. J'ai pensé à toi depuis notre dernière conversation. Comment tu vas aujourd'hui ?
checkin-button-lines = Voir les lignes d'écoute
checkin-button-okay = Ça va aujourd'hui

## /safetyplan: a plan for hard moments, in the person's own words

plan-intro =
    Un plan de sécurité, c'est une courte liste, avec tes propres mots, de ce qui t'aide quand ça devient très dur. L'écrire un jour plus calme permet de s'y appuyer plus facilement ensuite.
    Six petites questions. Réponds en quelques mots, ou appuie sur Passer.
plan-q-signs = <b>1/6 · Signaux d'alerte.</b> Qu'est-ce qui t'indique qu'un moment difficile arrive ? Pensées, émotions, lieux, moments de la journée.
plan-q-alone = <b>2/6 · Par moi-même.</b> Que peux-tu faire de ton côté pour tenir un moment ? Une marche, de la musique, une douche, écrire ce que tu ressens.
plan-q-distract = <b>3/6 · Personnes et lieux.</b> Qui ou quel endroit t'aide à te changer les idées ? Quelqu'un avec qui discuter, un café, la salle de sport.
plan-q-people = <b>4/6 · Personnes à qui demander.</b> À qui pourrais-tu dire que ça ne va pas ? Des prénoms, et des numéros si tu veux.
plan-q-pros = <b>5/6 · Professionnels et lignes d'écoute.</b> Vers quel médecin, thérapeute ou ligne d'écoute pourrais-tu te tourner ?
plan-q-pros-hint = Près de chez toi, par exemple : { $lines }
plan-q-safer = <b>6/6 · Un endroit plus sûr.</b> Qu'est-ce qui pourrait rendre l'endroit où tu es plus sûr, le temps que ces émotions passent ? Par exemple, être près d'autres personnes, ou demander à quelqu'un de rester avec toi.
plan-skip = Passer
plan-title = 💛 <b>Mon plan de sécurité</b>
plan-h-signs = Signaux d'alerte
plan-h-alone = Par moi-même
plan-h-distract = Personnes et lieux
plan-h-people = Personnes à qui demander
plan-h-pros = Professionnels et lignes d'écoute
plan-h-safer = Un endroit plus sûr
plan-empty-part = <i>pas encore rempli</i>
plan-saved = C'est enregistré. /safetyplan te le montre à tout moment ; /export l'inclut et /delete l'efface.
plan-change = Modifier une partie
plan-restart = Recommencer
plan-which = Quelle partie veux-tu modifier ?
plan-too-long = C'est beaucoup pour une seule partie : { $length } caractères, pour { $max } au maximum. Tu peux raccourcir ?
plan-stopped = D'accord, on s'arrête là. Ce que tu as déjà écrit est gardé : /safetyplan te le montre.
plan-send-text = Écris ta réponse dans un message, ou appuie sur Passer.

abuse-intro = 💛 Avoir peur de quelqu'un, c'est sérieux, et tu mérites d'être en sécurité. Ces services aident les personnes dans ta situation, gratuitement et en toute confidentialité :
abuse-directory = Autres services d'aide : <a href="{ $url }">findahelpline.com</a>
