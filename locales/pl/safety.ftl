# letgo: safety texts in Polish, "ty"; no gendered forms where the person is addressed.
# Telegram HTML: only <b>, <i> and <a href="...">. Short, warm, hopeful; never about methods.

## The direct question, asked when a message suggests risk but no act or plan

safety-question =
    Dobrze, że mówisz mi, jak się czujesz. Chcę cię o coś zapytać wprost, bo to ważne:
    <b>Czy myślisz o odebraniu sobie życia albo o zrobieniu sobie krzywdy?</b>
safety-answer-yes = Tak
safety-answer-unsure = Nie wiem
safety-answer-no = Nie, nic mi nie grozi
# Typed answers understood while the question waits: words separated by |
safety-words-yes = tak|takk|no tak|tak myślę|tak, myślę|tak czasem|tak, czasem|czasem|czasami
safety-words-unsure = nie wiem|niewiem|nw|sam nie wiem|sama nie wiem|nie jestem pewien|nie jestem pewna|nie jestem pewny|może|moze|chyba|trudno powiedzieć|trudno powiedziec|nie mam pojęcia|nie mam pojecia
safety-words-no = nie|nie, nic mi nie grozi|nie nic mi nie grozi|nic mi nie grozi|jestem bezpieczny|jestem bezpieczna
# Punctuation is ignored when matching, so "No, X" and "No X" are the same words: an answer that reads as "I'm not safe / not okay" without its comma is ambiguous, never "no". Polish "no" means "yeah".
safety-words-ambiguous = no|nie jestem bezpieczny|nie jestem bezpieczna|nie wszystko ok|nie wszystko okej|nie wszystko w porządku|nie wszystko w porzadku
safety-no-reply =
    Dziękuję, że mi o tym piszesz. Tak duży smutek po rozstaniu boli i jest całkiem zrozumiały.
    Jeśli kiedyś zrobi się ciężej, /sos pokaże ci osoby, z którymi możesz porozmawiać, o każdej porze.
safety-no-back = Wróćmy do tego, na czym skończyliśmy.
safety-answered = Twoja odpowiedź: { $answer }

## The crisis answer: help at once

crisis-opening = 💛 <b>Dziękuję, że mi o tym mówisz. To naprawdę dobrze, że szukasz wsparcia.</b>
crisis-body = To, co teraz niesiesz, brzmi naprawdę ciężko i zasługujesz na wsparcie drugiego człowieka, już teraz. Nie musisz przechodzić przez to w pojedynkę.
crisis-emergency = Jeśli czujesz, że możesz ulec tym myślom, albo jesteś w niebezpieczeństwie, zadzwoń teraz pod numer <b>{ $number }</b>.
crisis-emergency-unknown = Jeśli czujesz, że możesz ulec tym myślom, albo jesteś w niebezpieczeństwie, zadzwoń teraz pod lokalny numer alarmowy.
crisis-lines-intro = Osoby, z którymi możesz teraz porozmawiać, bezpłatnie i poufnie:
crisis-directory = Więcej telefonów zaufania: <a href="{ $url }">findahelpline.com</a>
crisis-trusted = Może też pomóc, jeśli powiesz komuś zaufanemu, jak się dziś czujesz.
crisis-coach = Jestem coachem do samopomocy, a nie telefonem kryzysowym, i nadal tu jestem.
crisis-paused = Nasza rozmowa jest wstrzymana; wrócisz do niej przez /scenarios, kiedy zechcesz.
crisis-follow-up = 💛 Nadal tu z tobą jestem. Proszę, skontaktuj się teraz z kimś: z telefonem zaufania poniżej albo z kimś, komu ufasz.

crisis-country-setting = Telefony zaufania dla kraju: { $country }.
crisis-country-assumed = Telefony zaufania dla kraju: { $country } (na podstawie { $source ->
        [time-zone] twojej strefy czasowej
       *[language] twojego języka
    }). Jesteś gdzie indziej? Wyślij /country i nazwę swojego kraju.
crisis-country-unknown = Napisz, w jakim kraju jesteś, na przykład <i>/country Polska</i>, a pokażę ci tamtejsze telefony zaufania.

crisis-button-safe = Teraz nic mi nie grozi
crisis-button-lines = Pokaż numery ponownie
crisis-button-plan = Zrób plan bezpieczeństwa
crisis-button-pause = Wstrzymaj przypomnienia

crisis-safe-reply =
    Cieszę się. Dbaj dziś o siebie i traktuj się łagodnie.
    /sos w każdej chwili znów pokaże te numery, a ja jestem tu, kiedy tylko zechcesz porozmawiać.
crisis-reminders-paused = Codzienne przypomnienia są wstrzymane na 7 dni. /pause off przywróci je wcześniej.
crisis-reminders-none = Nie masz codziennych przypomnień do wstrzymania. Nie wyślę ci niczego, o co nie prosisz.

## Helplines, as listed in a message

helpline-call = zadzwoń pod { $number }
helpline-text = { $how }
helpline-chat = <a href="{ $url }">czat online</a>
helpline-web = <a href="{ $url }">strona</a>
helpline-hours = { $hours }

## /sos and /country

sos-intro = 💛 Osoby, z którymi możesz teraz porozmawiać, bezpłatnie i poufnie. Nie musisz być w kryzysie, żeby się odezwać.
country-current = Twój kraj dla telefonów zaufania: <b>{ $country }</b>. Aby go zmienić, wyślij /country i inną nazwę.
country-none = Nie znam jeszcze twojego kraju. Wyślij go tak: <i>/country Polska</i>
country-set = Gotowe: <b>{ $country }</b>. /sos pokaże telefony zaufania w tym kraju.
country-unknown = Nie udało mi się znaleźć „{ $input }”. Spróbuj nazwy po angielsku albo dwuliterowego kodu, np. <i>/country PL</i>.

## After a crisis answer, the next daily reminder is this instead

checkin-after-crisis = 💛 Cześć, tu letgo. Od naszej ostatniej rozmowy myślę o tobie. Jak się dziś czujesz?
checkin-button-lines = Pokaż telefony zaufania
checkin-button-okay = Dziś jest w porządku

## /safetyplan: a plan for hard moments, in the person's own words

plan-intro =
    Plan bezpieczeństwa to krótka lista, twoimi słowami, tego, co pomaga, kiedy robi się bardzo ciężko. Gdy napiszesz go w spokojniejszy dzień, łatwiej będzie potem po niego sięgnąć.
    Sześć krótkich pytań. Odpowiedz w kilku słowach albo naciśnij „Pomiń”.
plan-q-signs = <b>1/6 · Sygnały ostrzegawcze.</b> Po czym poznajesz, że nadchodzi trudny moment? Myśli, uczucia, miejsca, pory dnia.
plan-q-alone = <b>2/6 · Na własną rękę.</b> Co możesz zrobić na własną rękę, żeby przez jakiś czas dać sobie radę? Spacer, muzyka, prysznic, zapisanie tego, co czujesz.
plan-q-distract = <b>3/6 · Ludzie i miejsca.</b> Kto lub co pomaga ci zająć myśli czymś innym? Ktoś do pogadania, kawiarnia, siłownia.
plan-q-people = <b>4/6 · Do kogo mogę się zwrócić.</b> Komu możesz powiedzieć, że jest ci ciężko? Imiona i, jeśli chcesz, numery.
plan-q-pros = <b>5/6 · Specjaliści i telefony zaufania.</b> Z jakim lekarzem, terapeutą lub telefonem zaufania możesz się skontaktować?
plan-q-pros-hint = W pobliżu, na przykład: { $lines }
plan-q-safer = <b>6/6 · Bezpieczniejsze miejsce.</b> Co może sprawić, że miejsce, w którym jesteś, będzie bezpieczniejsze, dopóki te uczucia nie miną? Na przykład bycie blisko innych ludzi albo poproszenie kogoś, żeby z tobą został.
plan-skip = Pomiń
plan-title = 💛 <b>Mój plan bezpieczeństwa</b>
plan-h-signs = Sygnały ostrzegawcze
plan-h-alone = Na własną rękę
plan-h-distract = Ludzie i miejsca
plan-h-people = Do kogo mogę się zwrócić
plan-h-pros = Specjaliści i telefony zaufania
plan-h-safer = Bezpieczniejsze miejsce
plan-empty-part = <i>jeszcze nic tu nie ma</i>
plan-saved = Zapisane. /safetyplan pokaże plan w każdej chwili; /export go obejmuje, a /delete go usuwa.
plan-change = Zmień jedną część
plan-restart = Zacznij od nowa
plan-which = Którą część chcesz zmienić?
plan-too-long = To sporo jak na jedną część: { $length } { $length ->
        [one] znak
        [few] znaki
       *[many] znaków
    }, a mieści się { $max }. Możesz to skrócić?
plan-stopped = Dobrze, zatrzymajmy się tutaj. Twoje dotychczasowe odpowiedzi są zapisane: /safetyplan je pokaże.
plan-send-text = Napisz odpowiedź w wiadomości albo naciśnij „Pomiń”.

abuse-intro = 💛 Strach przed drugą osobą to poważna sprawa i zasługujesz na bezpieczeństwo. Te organizacje pomagają osobom w twojej sytuacji, bezpłatnie i poufnie:
abuse-directory = Więcej miejsc, w których znajdziesz pomoc: <a href="{ $url }">findahelpline.com</a>
