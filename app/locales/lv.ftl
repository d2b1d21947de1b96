# Darbnīca: latviešu teksti. Katram ziņojumam jābūt arī en.ftl (to pārbauda tests).
# Darbnīca: Latvian texts. Every message must also be in en.ftl (a test checks).

app-name = Darbnīca
app-title = Darbnīca: programmēšana un 3D dizains

nav-skip-to-content = Pāriet uz saturu
nav-main-label = Galvenā izvēlne
nav-courses = Kursi

language-switch-label = Valoda
language-name-lv = Latviešu valoda
language-name-en = Angļu valoda (English)

home-title = Mācies programmēt un veidot 3D modeļus
home-intro = Turpini to, ko iesāki darbnīcā, tepat pārlūkā: raksti Python kodu, uzreiz redzi, vai tas strādā, un, ja iestrēgsti, saņem padomu. Nekas nav jāinstalē.
home-courses-heading = Kursi

courses-loading = Ielādējam kursus…
courses-error-title = Kursus neizdevās ielādēt
courses-empty = Kursu pagaidām nav. Ieskaties vēlāk!
course-lesson-count =
    { $count ->
        [zero] { $count } nodarbību
        [one] { $count } nodarbība
       *[other] { $count } nodarbības
    }

action-retry = Mēģināt vēlreiz

api-error-unreachable = Neizdodas sazināties ar serveri. Pārbaudi interneta savienojumu un mēģini vēlreiz.
api-error-server = Serverim radās kļūme. Mēs par to jau zinām; pēc brīža mēģini vēlreiz.
api-error-unexpected = Serveris atbildēja kaut ko negaidītu. Pārlādē lapu un mēģini vēlreiz.

not-found-title = Šādas lapas nav
not-found-text = Iespējams, saite ir novecojusi vai adresē ir drukas kļūda.
not-found-home = Uz sākumlapu

footer-association = Darbnīcu veido Liepājas biedrība “Digitālo inovāciju parks”.

nav-playground = Koda laukums

playground-title = Koda laukums
playground-intro = Raksti Python kodu un palaid to. Kods glabājas šajā pārlūkā, tāpēc vari turpināt, kur pārtrauci.
playground-run = Palaist
playground-stop = Apturēt
playground-reset = Sākt no jauna
playground-shortcut = Ctrl+Enter palaiž kodu
playground-input-label = Programma gaida tavu atbildi:
playground-input-send = Sūtīt
playground-output-empty = Šeit parādīsies tas, ko programma izdrukā.
playground-output-label = Programmas izvade

editor-label = Python koda redaktors
editor-load-failed = Koda redaktoru neizdevās ielādēt. Pārlādē lapu un mēģini vēlreiz.

runtime-downloading = Ielādējam Python: { $loaded } no { $total } MB
runtime-starting = Python gatavojas darbam…
runtime-running = Programma darbojas…

run-finished = Programma izpildīta.
run-exited = Programma beidzās ar kodu { $code }.
run-time-limit =
    { $seconds ->
        [one] Programma darbojās ilgāk par { $seconds } sekundi, tāpēc to apturējām. Varbūt kāds cikls nekad nebeidzas?
       *[other] Programma darbojās ilgāk par { $seconds } sekundēm, tāpēc to apturējām. Varbūt kāds cikls nekad nebeidzas?
    }
run-output-limit = Programma izdrukāja vairāk nekā { $lines } rindas, tāpēc to apturējām. Varbūt cikls drukā bez apstājas?
run-no-input = Programma gaidīja ievadi, bet tās nebija.
run-crashed = Python izpildes vide avarēja (iespējams, pietrūka atmiņas). Tā jau ir palaista no jauna — mēģini vēlreiz.
run-stopped = Programma apturēta.
run-load-failed = Python neizdevās ielādēt. Pārbaudi interneta savienojumu un mēģini vēlreiz.
run-error-line = { $line }. rinda
run-error-traceback = Python ziņojums

explain-name-error = Python nepazīst šo nosaukumu. Pārbaudi, vai tas uzrakstīts tieši tāpat kā tur, kur to izveidoji (lielie un mazie burti ir svarīgi), un vai mainīgajam vērtība piešķirta, pirms to izmanto.
explain-syntax-error = Python nevar saprast šo rindu: kaut kas trūkst vai ir lieks. Bieži vainīgs ir aizmirsts kols (:) rindas beigās, neaizvērta iekava vai pēdiņa.
explain-indentation-error = Atkāpes nesakrīt. Rindām vienā blokā (piemēram, pēc if vai for) jāsākas ar vienādu atstarpju skaitu — parasti četrām.
explain-type-error = Darbība nederēja šāda veida vērtībai. Piemēram, tekstu un skaitli nevar saskaitīt: pārvērt skaitli par tekstu ar str() vai tekstu par skaitli ar int().
explain-zero-division-error = Programma mēģināja dalīt ar nulli. Pirms dalīšanas pārbaudi, vai dalītājs nav 0.
explain-value-error = Vērtība bija nepareiza veida. Piemēram, int() nevar pārvērst par skaitli tekstu, kurā nav cipari.
explain-index-error = Sarakstā nav elementa ar šādu indeksu. Atceries, ka numerācija sākas ar 0, un pēdējā elementa indekss ir len(saraksts) - 1.
explain-key-error = Vārdnīcā nav šādas atslēgas. Pārbaudi atslēgas rakstību vai izmanto get(), kas neizraisa kļūdu.
explain-attribute-error = Šai vērtībai nav tādas metodes vai īpašības. Pārbaudi nosaukuma rakstību un to, vai vērtība ir tā, ko gaidi.
explain-recursion-error = Funkcija izsauca pati sevi pārāk daudz reižu. Pārbaudi, vai ir nosacījums, pie kura tā beidz sevi izsaukt.
explain-import-error = Šādu moduli nevar importēt. Pārbaudi nosaukuma rakstību; šeit pieejami Python standarta bibliotēkas moduļi, ko izmanto iesācēji.
explain-eof-error = Programma gaidīja vēl kādu ievades rindu, bet tās vairs nebija.
explain-other-error = Programmas darbības laikā radās kļūda. Izlasi Python ziņojumu zemāk un apskati iezīmēto rindu.
