# Darbnīca: latviešu teksti. Katram ziņojumam jābūt arī en.ftl (to pārbauda tests).
# Darbnīca: Latvian texts. Every message must also be in en.ftl (a test checks).

app-name = Darbnīca
app-title = Darbnīca: programmēšana un 3D dizains

nav-skip-to-content = Pāriet uz saturu
nav-main-label = Galvenā izvēlne
nav-courses = Kursi

theme-dark = Tumšais režīms
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
playground-reset-note = Atjauno piemēra programmu. Ja pārdomā, Ctrl+Z atgriež tavu kodu.
playground-shortcut = Ctrl+Enter palaiž kodu
playground-input-label = Programma gaida tavu atbildi:
playground-input-send = Sūtīt
playground-output-empty = Šeit parādīsies tas, ko programma izdrukā.
playground-output-label = Programmas izvade

editor-label = Python koda redaktors
editor-keys = Tab atkāpina rindu. Lai ar tastatūru izietu no redaktora, nospied Esc un tad Tab.
code-size-label = Koda burtu lielums
code-size-small = Mazi
code-size-normal = Parasti
code-size-large = Lieli
code-size-larger = Ļoti lieli
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
run-frame-time-limit =
    { $seconds ->
        [one] Viens spēles kadrs aizņēma vairāk nekā { $seconds } sekundi, tāpēc spēli apturējām. Varbūt kāds cikls funkcijā update() nekad nebeidzas?
       *[other] Viens spēles kadrs aizņēma vairāk nekā { $seconds } sekundes, tāpēc spēli apturējām. Varbūt kāds cikls funkcijā update() nekad nebeidzas?
    }
run-output-limit = Programma izdrukāja vairāk nekā { $lines } rindas, tāpēc to apturējām. Varbūt cikls drukā bez apstājas?
run-memory-limit = Programmai vajadzēja vairāk nekā { $megabytes } MB atmiņas, tāpēc to apturējām. Varbūt kāds saraksts vai teksts aug bez gala, vai arī modelī ir ļoti daudz daļu?
run-no-input = Programma gaidīja ievadi, bet tās nebija.
run-crashed = Python izpildes vide avarēja (iespējams, pietrūka atmiņas). Tā jau ir palaista no jauna — mēģini vēlreiz.
run-stopped = Programma apturēta.
run-load-failed = Python neizdevās ielādēt. Pārbaudi interneta savienojumu un mēģini vēlreiz.
run-unreadable = Šī lapa un Python izpildes vide viena otru nesaprata. Darbnīca, visticamāk, tikko atjaunināta: pārlādē lapu — tavs kods paliks vietā.
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

breadcrumbs-label = Atrašanās vieta
api-error-not-found = Šāda satura nav. Iespējams, saite ir novecojusi.

course-exercise-count =
    { $count ->
        [zero] { $count } uzdevumu
        [one] { $count } uzdevums
       *[other] { $count } uzdevumi
    }
course-loading = Ielādējam kursu…
course-error-title = Kursu neizdevās ielādēt
course-progress = Atrisināti { $solved } no { $total } uzdevumiem
course-workshops = Saistītās darbnīcas
lesson-no-exercises = Šīs nodarbības uzdevumi vēl top.

progress-solved = Atrisināts
progress-tried = Iesākts
progress-not-started = Vēl nav sākts

exercise-loading = Ielādējam uzdevumu…
exercise-error-title = Uzdevumu neizdevās ielādēt
exercise-difficulty =
    { $level ->
        [1] Viegls
        [2] Vidēji grūts
       *[other] Grūts
    }
exercise-attempts =
    { $count ->
        [zero] { $count } mēģinājumu
        [one] { $count } mēģinājums
       *[other] { $count } mēģinājumi
    }
exercise-run = Palaist un pārbaudīt
exercise-reset = Sākt no jauna
exercise-reset-note = Atjauno sākuma kodu. Ja pārdomā, Ctrl+Z atgriež tavu kodu.
exercise-shortcut = Ctrl+Enter palaiž un pārbauda
exercise-next = Nākamais uzdevums
exercise-nav-label = Iepriekšējais un nākamais uzdevums

hints-heading = Padomi
hints-show = Parādīt padomu ({ $number }. no { $total })
hints-all-shown = Visi padomi jau redzami

solution-show = Parādīt risinājumu
solution-locked =
    { $count ->
        [one] Risinājumu varēs apskatīt pēc vēl { $count } mēģinājuma vai tad, kad uzdevumu atrisināsi.
       *[other] Risinājumu varēs apskatīt pēc vēl { $count } mēģinājumiem vai tad, kad uzdevumu atrisināsi.
    }
solution-heading = Viens no iespējamiem risinājumiem

check-passed =
    { $count ->
        [one] Pareizi! Pārbaude izdevās.
       *[other] Pareizi! Visas { $count } pārbaudes izdevās.
    }
check-failed = Vēl ne gluži. Lūk, kas jāizlabo:
check-broken = Šī uzdevuma pārbaudēs ir kļūda — tā nav tava vaina. Lūdzu, pastāsti par to skolotājam.
check-broken-details = Sīkāk (uzdevuma autoram)
check-fix-error-first = Kad izlabosi kļūdu, programmu varēs pārbaudīt.
check-input-label = Ar ievadi { $input }:
check-output-line = { $line }. rindā jābūt „{ $expected }”, bet tava programma izdrukāja „{ $actual }”.
check-output-missing = { $line }. rindā jābūt „{ $expected }”, bet tava programma tur neko neizdrukāja.
check-output-extra = Tava programma izdrukāja lieku { $line }. rindu: „{ $actual }”.
check-output-nothing = Tava programma neko neizdrukāja, bet tai jāizdrukā „{ $expected }”.
check-output-contains = Izvadē jābūt tekstam „{ $expected }”.
check-program-error = Tava programma { $line }. rindā apstājās ar kļūdu { $error }: { $message }
check-program-error-anywhere = Tava programma apstājās ar kļūdu { $error }: { $message }
check-program-input = Tava programma prasīja vairāk ievades rindu, nekā uzdevumā dots.
check-program-output-limit = Tava programma izdrukāja pārāk daudz. Varbūt kāds cikls neapstājas?
check-function-missing = Izveido funkciju ar nosaukumu `{ $name }`: pārbaudes to izsauc.
check-call-params = { $call } nevar izsaukt šādi: pārbaudi, cik parametru ir tavai funkcijai.
check-call-error = { $call } apstājās ar kļūdu { $error }: { $message }
check-call-printed = { $call } izdrukāja { $printed }, bet atgrieza None. Lai rezultātu nodotu atpakaļ, izmanto `return`.
check-call-result = { $call } jāatgriež { $expected }, bet tā atgrieza { $actual }.
check-uses =
    Izmanto savā kodā { $construct ->
        [for] `for` ciklu
        [while] `while` ciklu
        [loop] ciklu (`for` vai `while`)
        [if] `if` nosacījumu
        [def] savu funkciju (`def`)
        [return] `return`
        [list] sarakstu
        [fstring] f-virkni
       *[other] `{ $construct }`
    }.
check-uses-call = Izmanto savā kodā `{ $name }(…)`.
check-avoids-call = Atrisini bez `{ $name }(…)`: uzdevuma jēga ir to izdarīt pašam.
check-model-nothing-shown = Programma nerāda nevienu modeli. Beigās nodod to funkcijai `show(...)`.
check-model-broken = Modeli nevar izveidot: { $message }
check-model-not-watertight = Modeļa virsma nav noslēgta, tāpēc printeris nevar saprast, kur ir iekšpuse un kur ārpuse. Savieno daļas ar `+` tā, lai tās nedaudz pārklātos, nevis tikai saskartos.
check-model-volume-small = Modelis ir par mazu: tā tilpums ir { $volume } mm³, bet vajag vismaz { $min } mm³.
check-model-volume-large = Modelis ir par lielu: tā tilpums ir { $volume } mm³, bet drīkst būt ne vairāk kā { $max } mm³.
check-model-size-small = Pa { $axis } asi modelis ir { $size } mm; vajag no { $low } līdz { $high } mm.
check-model-size-large = Pa { $axis } asi modelis ir { $size } mm; vajag no { $low } līdz { $high } mm.
check-model-not-on-bed = Modelim jāstāv uz printera galda: zemākajam punktam jābūt pie z = 0. Tagad tas ir pie z = { $z } mm — pārvieto to ar `.translate(0, 0, …)`.
check-model-too-big-for-bed = Modelis ({ $size } mm) neietilpst uz printera galda ({ $bed } mm).
check-model-holes = Modelim vajag { $expected ->
        [one] { $expected } caurumu
       *[other] { $expected } caurumus
    } cauri visam modelim, bet tam ir { $actual }.
check-model-parts = Modelim jābūt { $expected ->
        [one] vienā gabalā
       *[other] { $expected } atsevišķos gabalos
    }, bet tas ir { $actual ->
        [one] vienā gabalā
       *[other] { $actual } gabalos
    }.
check-custom = Pārbaude neizdevās.

explain-name = Python nepazīst nosaukumu `{ $name }`. Varbūt tas uzrakstīts citādi nekā tur, kur to izveidoji (lielie un mazie burti atšķiras), vai mainīgais izmantots, pirms tam piešķirta vērtība.
explain-name-suggestion = Python nepazīst nosaukumu `{ $name }`. Varbūt domāji `{ $suggestion }`?
explain-indent-expected = Pēc rindas, kas beidzas ar kolu (:), piemēram, pēc `if`, `for` vai `def`, nākamajām rindām vajag atkāpi — parasti četras atstarpes.
explain-indent-unexpected = Šai rindai ir atkāpe, kur tai nevajadzētu būt. Atkāpe vajadzīga tikai rindām blokā pēc kola (:).
explain-indent-mismatch = Šīs rindas atkāpe nesakrīt ne ar vienu iepriekšējo. Rindām vienā blokā jāsākas ar vienādu atstarpju skaitu.
explain-syntax-string = Teksts nav aizvērts: katrai pēdiņai (" vai ') tajā pašā rindā vajag pāri.
explain-syntax-bracket = Iekavas nav sapārotas: kāda iekava ir atvērta, bet nav aizvērta (vai otrādi). Saskaiti ( un ), [ un ].
explain-syntax-colon = Rindas beigās trūkst kola (:). Tas vajadzīgs pēc `if`, `elif`, `else`, `for`, `while` un `def`.
explain-syntax-equals = Lai pārbaudītu, vai vērtības ir vienādas, raksta divas vienādības zīmes `==`. Viena `=` piešķir vērtību mainīgajam.
explain-syntax = Python nevar saprast šo rindu: kaut kas trūkst vai ir lieks. Apskati iezīmēto rindu un to, kas ir tieši pirms tās.
explain-str-plus-int = Tekstu un skaitli nevar saskaitīt. Pārvērt skaitli par tekstu ar `str()` vai izmanto f-virkni. Ja skaitlis nāk no `input()`, vispirms pārvērt to par skaitli ar `int()`.
explain-operand = Šī darbība neder vērtībām ar veidiem `{ $left }` un `{ $right }`. Pārbaudi, vai abās pusēs ir tas, ko gaidi.
explain-zero-division = Programma mēģināja dalīt ar nulli. Pirms dalīšanas pārbaudi, vai dalītājs nav 0.
explain-int-literal = `int()` nevar pārvērst par veselu skaitli tekstu { $text }. Tajā drīkst būt tikai cipari (un mīnuss priekšā).
explain-index = Sarakstā nav elementa ar šādu indeksu. Numerācija sākas ar 0, tāpēc pēdējā elementa indekss ir `len(saraksts) - 1`.
explain-key = Vārdnīcā nav atslēgas { $key }. Pārbaudi tās rakstību vai izmanto `.get()`, kas kļūdu neizraisa.
explain-attribute = Vērtībai ar veidu `{ $type }` nav metodes vai īpašības `{ $name }`. Pārbaudi nosaukuma rakstību un to, vai vērtība ir tā, ko gaidi.
explain-arguments = Funkcijai iedots par daudz vai par maz argumentu. Salīdzini izsaukumu ar funkcijas `def` rindu: cik parametru tur ir?
explain-not-callable = Vērtību ar veidu `{ $type }` nevar izsaukt kā funkciju. Varbūt mainīgajam ir tāds pats nosaukums kā funkcijai, vai pirms iekavām trūkst zīmes, piemēram, `*`?
explain-recursion = Funkcija izsauca pati sevi pārāk daudz reižu. Pārbaudi, vai ir nosacījums, pie kura tā beidz sevi izsaukt.
explain-memory = Programma mēģināja izveidot kaut ko tik lielu, ka tas neietilpst atmiņā: milzīgu skaitli (piemēram, `10**10**9`), sarakstu vai tekstu. Pārbaudi, vai skaitļi un cikli dara to, ko vajag: bieži kāda vērtība aug ar katru cikla apgriezienu, un cikls nekad nebeidzas.
explain-unbound-local = Mainīgais `{ $name }` funkcijā izmantots, pirms tam piešķirta vērtība. Ja gribi mainīt vērtību no ārpuses, nodod to funkcijai kā parametru un jauno vērtību atgriez ar `return`.
explain-module = Moduļa `{ $name }` šeit nav. Pārbaudi nosaukuma rakstību; pieejami tie Python standarta bibliotēkas moduļi, ko izmanto iesācēji.
explain-module-download = Modulis `{ $name }` tiek lejupielādēts, kad programma to importē pirmo reizi, bet šoreiz lejupielāde neizdevās. Pārbaudi interneta savienojumu un palaid programmu vēlreiz.

nav-models = 3D modeļi
gallery-title = 3D modeļi
gallery-intro = Darbnīcu parametriskie projekti: atver kādu, maini izmērus ar slīdņiem vai kodā un redzi modeli uzreiz. Kad tas patīk, lejupielādē to 3D printerim vai spēļu dzinējam.
gallery-blank = Sākt no tukša
gallery-loading = Ielādējam projektus…
gallery-error-title = Projektus neizdevās ielādēt
nav-workshops = Darbnīcas
workshops-title = Darbnīcas
workshops-intro = Ko esam radījuši kopā Digitālo inovāciju parka darbnīcās Liepājā. Katras darbnīcas projekti un uzdevumi paliek šeit, lai vari turpināt trenēties mājās.
workshops-loading = Ielādē darbnīcas…
workshops-error-title = Darbnīcas neizdevās ielādēt
workshop-error-title = Darbnīcu neizdevās ielādēt
workshop-projects = 3D projekti
workshop-exercises-heading = Programmēšanas uzdevumi
workshop-date = { $year }. gada { $day }. { $month }
workshop-models =
    { $count ->
        [zero] { $count } 3D projektu
        [one] { $count } 3D projekts
       *[other] { $count } 3D projekti
    }
workshop-exercises =
    { $count ->
        [zero] { $count } uzdevumu
        [one] { $count } uzdevums
       *[other] { $count } uzdevumi
    }
month-1 = janvāris
month-2 = februāris
month-3 = marts
month-4 = aprīlis
month-5 = maijs
month-6 = jūnijs
month-7 = jūlijs
month-8 = augusts
month-9 = septembris
month-10 = oktobris
month-11 = novembris
month-12 = decembris
model-loading = Ielādējam projektu…
model-error-title = Projektu neizdevās ielādēt
sandbox-title = 3D smilšu kaste
sandbox-intro = Raksti Python kodu ar moduli darbnica, un modelis parādīsies blakus. Katrs param(…) kļūst par slīdni, izvēles rūtiņu vai izkrītošo sarakstu.
sandbox-run = Būvēt modeli
sandbox-reset-note = Atjauno projekta sākotnējo kodu. Ja pārdomā, Ctrl+Z atgriež tavu kodu.
sandbox-wireframe = Rādīt trijstūrus
sandbox-sliders = Parametri
sandbox-slider-value = { $name }: vērtība
sandbox-model-too-big = Modelis ir pārāk liels, lai to parādītu: samazini detaļu skaitu (piemēram, segmentus) vai izmērus.
sandbox-nothing-shown = Nav ko rādīt: nodod modeli funkcijai show(…).
sandbox-size = Izmērs: { $size } mm
sandbox-triangles =
    { $count ->
        [zero] { $count } trijstūru
        [one] { $count } trijstūris
       *[other] { $count } trijstūri
    }
sandbox-viewport-description = Modeļa 3D skats: { $x } × { $y } × { $z } mm, daļas: { $parts }, trijstūri: { $triangles }. Lai pagrieztu, velc vai spied bultiņas; lai tuvinātu, izmanto riteni vai + un −; Shift ar bultiņu to pārvieto.
sandbox-viewport-empty = 3D skats: modeļa vēl nav. Palaid kodu, lai to uzbūvētu.
sandbox-viewport-failed = 3D skatu neizdevās palaist: šis pārlūks neatbalsta WebGL2.
sandbox-fit = Rādīt visu
sandbox-fit-hint = Pagriez un pietuvini skatu tā, lai redzams viss modelis
sandbox-shared-notice = Šajā saitē ir kāda cita rakstīts kods. Nekas vēl nav palaists: vispirms izlasi kodu, tad spied “Būvēt modeli”.
sandbox-shared-damaged = Šī saite ir bojāta (varbūt kopējot tā tika nogriezta), tāpēc darbnīca atvērās ar sākuma modeli.
sandbox-export = Saglabāt kā
sandbox-export-printer = 3D printera griezējprogrammai (milimetros)
sandbox-export-game = Spēļu dzinējam vai Blender (metros, Y uz augšu)
sandbox-export-hint = STL vai 3MF — 3D printerim, OBJ vai GLB — spēļu dzinējam.
sandbox-exporting = Gatavo { $format } failu…
sandbox-export-failed = Failu neizdevās izveidot. Uzbūvē modeli vēlreiz un mēģini atkal.
sandbox-file-name = modelis
sandbox-share = Dalīties ar saiti
sandbox-share-label = Saite uz šo modeli
sandbox-share-copied = Saite nokopēta. Kas to atvērs, redzēs šo modeli ar tiem pašiem iestatījumiem.
sandbox-share-copy = Nokopē šo saiti: kas to atvērs, redzēs šo modeli ar tiem pašiem iestatījumiem.

## Konti, klases un sinhronizācija

action-cancel = Atcelt
action-close = Aizvērt
action-save = Saglabāt

api-error-too-many = Pārāk daudz mēģinājumu. Pagaidi kādu brīdi (līdz ceturtdaļstundai) un mēģini vēlreiz.
api-error-signed-out = Tu vairs neesi iegājis kontā. Ienāc vēlreiz.
api-error-forbidden = Tev nav piekļuves šim.
api-error-busy = Serveris šobrīd ir ļoti aizņemts. Mēģini vēlreiz pēc minūtes.
api-error-sign-in-wrong = Pieteikšanās dati nav pareizi. Pārbaudi tos un mēģini vēlreiz.
api-error-password-wrong = Tā nav tava parole.
api-error-storage-full = Tavā kontā jau ir saglabāts tik daudz darba, cik tajā var ietilpt. Palūdz palīdzību skolotājam.

account-sign-in = Ienākt
account-sign-out = Iziet
account-my-classes = Manas klases
account-my-assignments = Mani uzdevumi
account-signed-in-as = Tu esi iegājis ar šo vārdu
account-checking = Pārbaudām, kas tu esi…
account-sign-out-unsent =
    { $count ->
        [zero] { $count } darbu vēl nav nosūtīti, jo nav savienojuma. Ja iziesi tagad, tie pazudīs.
        [one] { $count } darbs vēl nav nosūtīts, jo nav savienojuma. Ja iziesi tagad, tas pazudīs.
       *[other] { $count } darbi vēl nav nosūtīti, jo nav savienojuma. Ja iziesi tagad, tie pazudīs.
    }
account-sign-out-unreachable = Nevaram sazināties ar serveri, tāpēc iziet pagaidām neizdodas. Pārbaudi savienojumu.
account-sign-out-anyway = Tomēr iziet

sync-saved = Saglabāts
sync-syncing = Sinhronizē…
sync-offline = Nav savienojuma — saglabāts šajā ierīcē
sync-waiting = Saglabāts šajā ierīcē, nosūtīsim vēlāk

field-email = E-pasts
field-password = Parole
field-new-password = Izdomā paroli
field-teacher-name = Vārds un uzvārds
field-student-name = Tavs vārds klasē
field-student-name-hint = Tā tevi redzēs skolotājs. Ar šo vārdu tu arī turpmāk ienāksi.
field-student-password-hint = Vismaz 10 rakstzīmes. Trīs vārdus un skaitli, kā ieteiktajās parolēs, ir viegli atcerēties un grūti uzminēt. Pieraksti paroli kaut kur, kur to nepazaudēsi!
field-teacher-password-hint = Vismaz 8 rakstzīmes.
field-class-code = Klases kods
field-class-code-hint = Sešas rakstzīmes, ko iedeva skolotājs, piemēram, K7M2QX.
field-class-name = Klases nosaukums
field-class-name-hint = Piemēram, „7.b informātika” vai „Robotikas pulciņš”.

form-error-name-empty = Ieraksti vārdu.
form-error-name-long = Vārds ir par garu: ne vairāk kā 80 rakstzīmes.
form-error-name-characters = Vārdā ir neredzamas vadības rakstzīmes. Lūdzu, ieraksti to vēlreiz.
form-error-class-name-empty = Ieraksti klases nosaukumu.
form-error-email = Šis neizskatās pēc e-pasta adreses. Pārbaudi, vai tajā ir @ un domēns, piemēram, vards@skola.lv.
form-error-password-short-teacher = Parolei jābūt vismaz 8 rakstzīmes garai.
form-error-password-short-student = Parolei jābūt vismaz 10 rakstzīmes garai. Pamēģini trīs vārdus un skaitli.
form-error-password-long = Parole ir par garu: ne vairāk kā 200 rakstzīmes.
form-error-password-empty = Ieraksti paroli.
form-error-join-code = Klases kodā ir sešas rakstzīmes: burti un cipari, piemēram, K7M2QX. Pārbaudi, vai nav kļūdas.
form-error-rejected = Serveris šos datus nepieņēma. Pārbaudi, vai viss aizpildīts pareizi.

signin-title = Ienākt
signin-already = Tu jau esi iegājis kā { $name }.
signin-student-heading = Skolēniem
signin-teacher-heading = Skolotājiem
signin-submit = Ienākt
signin-no-account = Vēl nav konta?
signin-to-signup = Izveido skolotāja kontu
signin-first-time = Pirmo reizi šeit?
signin-to-join = Pievienojies klasei ar kodu
signin-error-teacher-wrong = Nepareizs e-pasts vai parole.
signin-error-student-wrong = Nepareizs klases kods, vārds vai parole. Pārbaudi, vai vārdu raksti tāpat kā pievienojoties.

signup-title = Skolotāja konts
signup-intro = Ar kontu vari izveidot klases, uzdot darbus un redzēt, kā skolēniem veicas. Skolēniem konts nav jāveido: viņi pievienojas klasei ar kodu.
signup-submit = Izveidot kontu
signup-have-account = Jau ir konts?
signup-to-signin = Ienāc
signup-error-email-taken = Ar šo e-pastu konts jau ir. Varbūt vēlies ienākt?

join-title = Pievienoties klasei
join-intro = Ieraksti kodu, ko tev iedeva skolotājs.
join-continue = Tālāk
join-loading = Meklējam klasi…
join-class-label = Tu pievienosies klasei
join-teacher = Skolotājs: { $teacher }
join-choose = Izvēlies vārdu un paroli. E-pasts nav vajadzīgs.
join-as = Tu pievienosies kā { $name }.
join-submit = Pievienoties
join-already = Jau esi šajā klasē?
join-to-signin = Ienāc
join-error-no-class = Klases ar šādu kodu nav. Pārbaudi kodu vai pajautā skolotājam.
join-error-name-taken = Šajā klasē kāds jau izvēlējies šo vārdu. Ja tas esi tu, ienāc; ja ne, pieliec, piemēram, uzvārda pirmo burtu.
join-error-teacher = Skolotāja kontā klasei pievienoties nevar. Lai pievienotos kā skolēns, vispirms izej no konta.

gate-teacher-sign-in = Šī lapa ir skolotājiem. Ienāc savā kontā.
gate-student-sign-in = Lai redzētu savus uzdevumus, ienāc ar klases kodu, vārdu un paroli.
gate-teachers-only = Šī lapa ir tikai skolotājiem.
gate-students-only = Šī lapa ir skolēniem. Skolotāja klases atrodamas sadaļā „Manas klases”.

classes-title = Manas klases
classes-loading = Ielādējam klases…
classes-error-title = Klases neizdevās ielādēt
classes-empty = Tev vēl nav nevienas klases. Izveido pirmo!
classes-all-archived = Visas tavas klases ir arhīvā — tās ir zemāk. Jaunu klasi vari izveidot augstāk.
classes-archived-heading = Arhīvā
classes-new-heading = Jauna klase
classes-new-submit = Izveidot
classes-student-count =
    { $count ->
        [zero] { $count } skolēnu
        [one] { $count } skolēns
       *[other] { $count } skolēni
    }
classes-assignment-count =
    { $count ->
        [zero] { $count } uzdotu darbu
        [one] { $count } uzdots darbs
       *[other] { $count } uzdoti darbi
    }

class-loading = Ielādējam klasi…
class-error-title = Klasi neizdevās ielādēt
class-rename = Pārdēvēt
class-archive = Arhivēt
class-unarchive = Atjaunot no arhīva
class-archived-notice = Klase ir arhīvā: jauni skolēni tai pievienoties nevar, un skolēniem tās darbi vairs nav redzami.
class-join-code = Klases kods
class-join-link = Saite pievienošanās
class-join-link-copy = Kopēt saiti
class-join-link-copied = Nokopēts!
class-join-hint = Skolēni var atvērt saiti vai ierakstīt kodu lapā { $address }.

grid-heading = Kā veicas
grid-student = Skolēns
grid-stale = Neizdevās atjaunot tabulu.
grid-no-assignments = Vēl nav uzdots neviens darbs. Izvēlies uzdevumus zemāk.
grid-no-students = Klasē vēl nav neviena skolēna. Iedod skolēniem kodu vai saiti.
grid-due = Termiņš: { $when }
grid-done = { $done }/{ $total } ✓
grid-done-title = Cik skolēnu atrisinājuši
grid-attempts =
    { $count ->
        [zero] { $count } reižu
        [one] { $count } reize
       *[other] { $count } reizes
    }
grid-open-code = { $student }: „{ $item }” — atvērt kodu
grid-legend = Apzīmējumi
grid-state-not-started = Nav sākts
grid-state-tried = Mēģināts
grid-state-solved = Atrisināts
grid-state-solved-late = Atrisināts pēc termiņa

code-heading = { $student } — { $item }
code-loading = Ielādējam kodu…
code-none = Šis skolēns šo darbu vēl nav palaidis.
code-passed = Pārbaudes izdevās
code-not-passed = Pārbaudes vēl neizdodas

assign-heading = Uzdotie darbi
assign-none-yet = Vēl nekas nav uzdots.
assign-no-due = Bez termiņa
assign-remove = Noņemt
assign-form-heading = Uzdot vēl
assign-course = Kurss
assign-loading = Ielādējam nodarbības…
assign-whole-lesson = visa nodarbība
assign-models = 3D modeļi no galerijas
assign-due = Termiņš (nav obligāts)
assign-due-date = Datums
assign-due-time = Laiks
assign-due-hint = Ja laiku neieraksti, termiņš ir dienas beigās.
assign-selected =
    { $count ->
        [0] Nekas nav izvēlēts
        [one] Izvēlēts { $count } darbs
       *[other] Izvēlēti { $count } darbi
    }
assign-submit = Uzdot
assign-done =
    { $count ->
        [0] Nekas netika uzdots.
        [one] Uzdots { $count } darbs.
       *[other] Uzdoti { $count } darbi.
    }
assign-error-nothing = Izvēlies vismaz vienu uzdevumu vai modeli.
assign-error-date = Termiņa datums nav saprotams. Izvēlies to kalendārā.
assign-error-past = Termiņš jau ir pagājis. Izvēlies vēlāku datumu.
assign-error-rejected = Kāds no izvēlētajiem darbiem vairs nav pieejams. Pārlādē lapu un mēģini vēlreiz.

students-heading = Skolēni
students-none = Vēl neviens nav pievienojies.
students-joined = pievienojās { $when }
students-remove = Izņemt
students-remove-confirm = Izņemt no klases: { $name }? Skolēna konts un paveiktie darbi paliks.
students-remove-yes = Jā, izņemt
students-new-password = Jauna parole
students-new-password-for = Jauna parole — { $name }. Pasaki to skolēnam: visās ierīcēs notiks izrakstīšanās, un turpmāk jāienāk ar šo paroli.
students-new-password-label = Jaunā parole
students-new-password-hint = Vismaz 10 rakstzīmes. “Ieteikt paroli” izveido paroli no trim vārdiem un skaitļa, ko bērns var atcerēties.
students-new-password-save = Saglabāt paroli
students-password-set = { $name }: jaunā parole saglabāta. Pasaki to skolēnam — ar to var ienākt jau tagad.

assignments-title = Mani uzdevumi
assignments-intro = Darbi, ko uzdevuši tavi skolotāji. Vispirms tie, kas vēl jāpaveic, un tie, kuru termiņš ir drīzāk.
assignments-loading = Ielādējam uzdevumus…
assignments-error-title = Uzdevumus neizdevās ielādēt
assignments-none = Pagaidām nekas nav uzdots. Vari brīvi pildīt jebkuru kursu!
assignments-kind-exercise = Uzdevums
assignments-kind-model = 3D modelis
assignments-kind-game = 3D spēle

## Drošība: paroles no vārdiem, pievienošanās citai klasei, konta lapa, sesijas

passphrase-suggest = Ieteikt paroli
passphrase-write-down = Šī parole ir trīs vārdi un skaitlis. Pieraksti to un glabā drošā vietā: tā būs vajadzīga, lai ienāktu.
students-account-elsewhere = Konts no citas klases
students-account-elsewhere-why = Šī skolēna konts izveidots cita skolotāja klasē. Jaunu paroli viņam var iedot tikai tas skolotājs.
join-confirm = Tu esi iegājis kā { $name } un gatavojies pievienoties klasei “{ $class }”, kuras skolotājs ir { $teacher }.
join-confirm-warning = Pievienojies tikai tad, ja šī tiešām ir tava skolotāja klase. Ja saiti atsūtīja kāds, ko tu nepazīsti, nepievienojies, bet vispirms pajautā skolotājam.
join-confirm-password = Tava parole
join-confirm-submit = Jā, pievienoties šai klasei
join-error-password-wrong = Tā nav tava parole. Ieraksti paroli, ar kuru tu ienāc.
account-page-title = Mans konts
account-page-who = Tu esi iegājis kā { $name }.
account-page-sign-in = Ienāc, lai redzētu savu kontu.
account-session-lifetime-teacher = Tu paliec iegājis, līdz izej no konta vai līdz Darbnīca 12 stundas nav lietota.
account-session-lifetime-student = Tu paliec iegājis, līdz izej no konta vai līdz Darbnīca 6 dienas nav lietota.
signin-session-note = Uz kopīga datora beigās vienmēr izej no konta. Citādi tu paliec iegājis, līdz Darbnīca nav lietota 12 stundas (skolotāji) vai 6 dienas (skolēni).
sessions-heading = Kur tu esi iegājis
sessions-loading = Skatāmies, kur tu esi iegājis…
sessions-error-title = Nevaram parādīt, kur tu esi iegājis
sessions-this-one = šī pārlūkprogramma
sessions-unknown-device = Nezināma pārlūkprogramma
sessions-times = ienāci { $since } · pēdējoreiz lietots { $last }
sessions-end-one = Iziet tur
sessions-end-others = Iziet visur citur
sessions-ended =
    { $count ->
        [zero] Iziets { $count } citās ierīcēs.
        [one] Iziets { $count } citā ierīcē.
       *[other] Iziets { $count } citās ierīcēs.
    }
password-change-heading = Mainīt paroli
password-change-current = Pašreizējā parole
password-change-new = Jaunā parole
password-change-hint-teacher = Vismaz 8 rakstzīmes. Šeit tu paliksi iegājis, bet visur citur notiks izrakstīšanās.
password-change-done = Parole nomainīta, un visur citur tu esi izrakstīts.
password-change-submit = Mainīt paroli
password-change-error-current = Tā nav tava pašreizējā parole.

## Tavi dati un privātums

footer-privacy = Privātums: ko mēs glabājam un kāpēc
grid-download-csv = Lejupielādēt kā izklājlapu (CSV)
grid-download-work = Lejupielādēt visu kodu (ZIP)
students-work = Kods (ZIP)
students-delete-account-note = Šī ir vienīgā skolēna klase, un viņa konts izveidots šeit. Vari dzēst arī kontu ar visiem darbiem; to nevarēs atsaukt.
students-delete-account = Izņemt un dzēst kontu
account-data-heading = Tavi dati
account-data-intro = Lejupielādē visu, ko Darbnīca par tevi glabā, vienā failā, vai dzēs savu kontu.
account-download = Lejupielādēt manus datus (JSON)
account-delete = Dzēst manu kontu…
account-delete-warning-student = Tavs konts un visi saglabātie darbi tiks dzēsti uz visiem laikiem. Skolotāji tavus darbus vairs neredzēs.
account-delete-warning-teacher = Tavs konts tiks dzēsts uz visiem laikiem kopā ar tavām klasēm un uzdotajiem darbiem. Skolēniem paliks viņu pašu konti un darbi.
account-delete-password = Ieraksti paroli, lai apstiprinātu
account-delete-submit = Dzēst uz visiem laikiem
account-delete-error-password = Tā nav tava parole, tāpēc nekas netika dzēsts.
privacy-title = Privātums
privacy-intro = Darbnīcu uztur biedrība “Digitālo inovāciju parks” Liepājā. Daudzi tās lietotāji ir bērni, tāpēc mēs glabājam pēc iespējas maz un šeit pastāstām, ko tieši.
privacy-what-heading = Ko mēs glabājam
privacy-what-accounts = Tavu kontu: izvēlēto vārdu un paroli, kas glabājas sajauktā veidā, lai neviens, pat mēs, to nevarētu izlasīt. Skolotāji norāda arī e-pastu, un mēs glabājam viņu pašu veidotos uzdevumus, ko redz tikai viņi un viņu klases, kurām tie iedoti. Par skolēnu — kurās klasēs viņš ir.
privacy-what-work = Tavus darbus: katru reizi, kad, būdams iegājis, palaid uzdevumu vai 3D modeli, mēs saglabājam kodu, vai tas izdevās un kad tas bija, — un, ja kopš iepriekšējās reizes redaktorā esi ielīmējis tekstu, cik rakstzīmju tu ielīmēji (nekad ne pašu tekstu).
privacy-what-feedback = Skolotāja atsauksmes: komentārus, ko skolotājs raksta pie tava koda rindām, tavas atbildes uz tiem un to, vai skolotājs tavu darbu pieņēma vai palūdza to vēlreiz pārskatīt.
privacy-what-sessions = Kur tu esi iegājis: katrai pārlūkprogrammai — kad tu ienāci un kad to pēdējoreiz lietoji, kā arī tās nosaukumu un sistēmu (piemēram, “Firefox, Windows”), lai tu tur varētu iziet.
privacy-what-limits = Lai neviens nevarētu minēt paroles, mēs pierakstām nepareizas paroles un nezināmus klašu kodus kopā ar interneta adresi, no kuras tie nāca.
privacy-why-heading = Kāpēc
privacy-why = Lai saglabātu tavu progresu, lai tu varētu turpināt uz cita datora un lai skolotājs redzētu, kā tev veicas ar uzdoto. Neko citu: nekādu reklāmu un nekādu profilu.
privacy-who-heading = Kurš ko redz
privacy-who-you = Tu redzi visus savus darbus.
privacy-who-teacher = Tās klases skolotājs, kurā izveidots tavs konts, redz tavus darbus pie sevis uzdotā un var tev iedot jaunu paroli, ja aizmirsīsi savējo.
privacy-who-other-teachers = Ja pievienojies cita skolotāja klasei, tas redz tikai tavus darbus pie sevis uzdotā un nevar mainīt tavu paroli.
privacy-who-feedback = Komentārus, atbildes un skolotāja vērtējumu redzi tikai tu un tās klases skolotājs, kurā tie rakstīti.
privacy-who-nobody = Citi skolēni tavus darbus nekad neredz, un mēs neko nenododam nevienam citam.
privacy-how-long-heading = Cik ilgi
privacy-how-long-work = Kontu un darbus — līdz tu dzēs savu kontu vai to izdzēš tavs skolotājs.
privacy-how-long-sessions = Ienākšanu — līdz tu izej vai līdz Darbnīca nav lietota 6 dienas (skolēni) vai 12 stundas (skolotāji).
privacy-how-long-limits = Nepareizas paroles un nezināmus klašu kodus — apmēram stundu, tad tie tiek dzēsti.
privacy-how-long-browser = Bez konta tavs progress glabājas tikai tavā pārlūkprogrammā, tavā datorā; izejot no konta, tas tur tiek izdzēsts.
privacy-how-long-device = Lai Darbnīca strādātu arī bez interneta, tava pārlūkprogramma glabā lietotnes, kursu un modeļu kopiju. Ja esi ienācis kontā, tā glabā arī tavu vārdu un uzdoto darbu sarakstu — līdz brīdim, kad izej no konta.
privacy-rights-heading = Ko tu vari darīt
privacy-rights-download = Lejupielādēt visu, ko mēs par tevi glabājam: lapā “Mans konts” izvēlies “Lejupielādēt manus datus”.
privacy-rights-delete = Dzēst savu kontu un visus darbus: tajā pašā lapā izvēlies “Dzēst manu kontu”. Skolotājs var dzēst arī tāda skolēna kontu, kurš ir tikai viņa klasē.
privacy-rights-ask = Ja tev ir jautājums vai vecāki vēlas kaut ko mainīt, raksti biedrībai, kas rīko tavu darbnīcu, vai pajautā skolotājam.
privacy-none-heading = Ko mēs nekad nedarām
privacy-none = Nekādas reklāmas, nekādu izsekotāju vai izsekošanas sīkdatņu un nekādu citu vietņu: katra lapa ielādējas tikai no pašas Darbnīcas. Viena sīkdatne ļauj tev palikt iegājušam, bet vēl divas atceras tikai tavu izvēlēto valodu un gaišo vai tumšo izskatu, lai nākamā lapa uzreiz atvērtos tieši tā.

## Spēļu studija
nav-studio = Spēļu studija
studio-title = Spēļu studija
studio-intro = Uzraksti savu 3D spēli Python valodā un spēlē to turpat blakus. Sāc ar dzintaru vākšanu Liepājas pludmalē un maini, ko vien gribi: ātrumu, krāsas, jaunus šķēršļus.
studio-reset = Sākt no jauna ar paraugspēli
studio-help-title = Kā uzrakstīt spēli
studio-help-entity = Entity(model="cube", color="red", x=2) ieliek spēlē kubu. Modeļi: cube, sphere, cylinder, cone, plane, paša veidots ķermenis no darbnica moduļa vai projekts no 3D modeļu lapas, piemēram, gallery_model("zobrats", teeth=12). Katram ir x, y, z, rotation, scale, color, velocity un visible.
studio-help-update = Funkcija update() izpildās katrā kadrā. held_keys["left"] ir 1, kamēr bultiņa ir nospiesta, un time.dt ir sekundes kopš iepriekšējā kadra, tāpēc kustībai raksti speletajs.x += 5 * time.dt. Funkcija input(key) saņem katru taustiņa nospiedienu.
studio-help-collide = speletajs.intersects(monēta) pasaka, vai abi saskaras. destroy(monēta) to noņem, Text("Punkti: 0") parāda tekstu, bet play_sound("coin") atskaņo skaņu (coin, jump, hit, win, lose, click).
studio-help-more = camera.follow(speletajs) liek kamerai sekot spēlētājam. atrums = param("atrums", 5, 1, 10) pievieno slīdni: pabīdi to, un spēle sāksies no jauna ar izvēlēto vērtību. Spēli var apturēt, iet pa vienam kadram uz priekšu un sarakstā apskatīt katru objektu.
game-play = ▶ Spēlēt
game-play-again = ⟲ Spēlēt no sākuma
game-stop = Apturēt
game-pause = Pauze
game-resume = ▶ Turpināt
game-step = Vienu kadru uz priekšu
game-sound-on = Skaņa ieslēgta
game-sound-off = Skaņa izslēgta
game-view-label = Spēle. Kad tā ir aktīva, spēlē ar bultiņām un atstarpes taustiņu.
game-view-failed = Šajā pārlūkā spēli nevar uzzīmēt, jo tas neatbalsta WebGL2. Pamēģini citu pārlūku vai datoru.
game-touch-left = Pa kreisi
game-touch-right = Pa labi
game-touch-up = Uz augšu
game-touch-down = Uz leju
game-touch-space = Lēkt (atstarpe)
game-inspector-title = { $count ->
    [zero] { $count } objektu
    [one] { $count } objekts
   *[other] { $count } objekti
}
game-inspector-frame = { $frame }. kadrs
game-inspector-number = Nr.
game-inspector-x = x
game-inspector-y = y
game-inspector-z = z
game-inspector-visible = Redzams
game-inspector-yes = jā
game-inspector-no = nē
studio-share = Dalīties ar spēli
studio-share-label = Saite uz šo spēli
studio-share-copied = Saite nokopēta. Kas to atvērs, varēs spēlēt tieši šo spēli un redzēt tās kodu.
studio-share-copy = Nokopē šo saiti: kas to atvērs, varēs spēlēt tieši šo spēli un redzēt tās kodu.
studio-shared-notice = Šajā saitē ir kāda cita uzrakstīta spēle. Nekas vēl nav palaists: vispirms izlasi kodu, tad spied „Spēlēt”.
studio-shared-damaged = Šī saite ir bojāta (varbūt kopējot tā tika nogriezta), tāpēc studija atvērās ar tavu iepriekšējo vai paraugspēli.
studio-reset-game = Sākt no jauna ar šīs spēles kodu
games-title = Spēles
games-intro = Darbnīcu 3D spēles ar visu kodu: uzspēlē, tad atver kodu un maini to, kā gribi. Vai arī uzraksti pats savu spēli studijā.
games-blank = Sava spēle studijā
games-loading = Ielādējam spēles…
games-error-title = Spēles neizdevās ielādēt
game-error-title = Spēli neizdevās ielādēt
workshop-games-heading = Spēles
workshop-games =
    { $count ->
        [zero] { $count } spēļu
        [one] { $count } spēle
       *[other] { $count } spēles
    }

## Offline use and updates (the service worker)
update-ready = Ir gatava jauna Darbnīcas versija.
update-reload = Pārlādēt
update-later = Vēlāk
offline-preparing = Gatavojam Darbnīcu darbam bez interneta…
offline-ready = Šajā ierīcē Darbnīca strādās arī bez interneta.
offline-failed = Ne viss darbam bez interneta paspēja lejupielādēties — mēģināsim nākamreiz.
offline-now = Nav interneta: strādā ar to, kas saglabāts šajā ierīcē.

# Skolotāja atsauksmes par skolēna darbu
feedback-heading = Skolotāja atsauksmes
feedback-line = { $line }. rinda
feedback-lines = { $first }.–{ $last }. rinda
feedback-moved = tagad { $line }. rindā
feedback-changed = šī rinda kopš tā laika ir mainīta
feedback-new = jauns
feedback-answer-label = Tava atbilde
feedback-answer = Atbildēt
feedback-answer-empty = Vispirms kaut ko uzraksti.
feedback-select-hint = Izvēlies rindas numuru, lai komentētu šo rindu; turot Shift, vari izvēlēties vairākas rindas.
feedback-comment-on = Komentārs par: { $lines }
feedback-comment = Pievienot komentāru
feedback-comment-empty = Vispirms uzraksti komentāru.
feedback-threads = Komentāri
feedback-accepted = Skolotājs šo darbu pieņēma.
feedback-look-again = Skolotājs lūdz tevi šo darbu vēlreiz pārskatīt.
feedback-sent-again = Tu to atrisināji vēlreiz — skolotājs to vēl apskatīs.
review-heading = Tavs vērtējums
review-note-label = Piezīme skolēnam
review-accept = Pieņemt
review-send-back = Sūtīt atpakaļ
review-note-needed = Uzraksti, kam skolēnam vēlreiz jāpievērš uzmanība.
review-accepted = Pieņemts
review-sent-back = Nosūtīts atpakaļ
review-resubmitted = Atrisināts vēlreiz pēc atpakaļ sūtīšanas
assignments-new-comments =
    { $count ->
        [zero] { $count } jaunu komentāru
        [one] { $count } jauns komentārs
       *[other] { $count } jauni komentāri
    }
grid-comments =
    { $count ->
        [zero] { $count } komentāru
        [one] { $count } komentārs
       *[other] { $count } komentāri
    }
grid-new-answers =
    { $count ->
        [zero] { $count } jaunu atbilžu
        [one] { $count } jauna atbilde
       *[other] { $count } jaunas atbildes
    }
runs-heading = Kā kods tapa
runs-note = Katra palaišana, jaunākā augšā, ar to, kas mainījies kopš iepriekšējās. Ielīmēšana vai liels ievietojums pats par sevi nav kļūda: pajautā skolēnam, kā kods tapa.
runs-lines-said = pievienotas rindas: { $added }, dzēstas: { $removed }
runs-large = liels ievietojums
runs-pasted =
    { $count ->
        [zero] ielīmētas { $count } rakstzīmes
        [one] ielīmēta { $count } rakstzīme
       *[other] ielīmētas { $count } rakstzīmes
    }
runs-show = Parādīt izmaiņas
runs-hide = Paslēpt izmaiņas
similar-heading = Līdzīgas programmas
similar-intro = Vienam darbam — skolēnu pāri, kuru jaunākās programmas ir gandrīz vienādas, ja neņem vērā nosaukumus, komentārus un atstarpes. Iesācēju programmas bieži ir līdzīgas, it īpaši īsas: tas ir iemesls parunāties ar skolēniem, nevis pierādījums, ka kāds norakstījis.
similar-item = Darbs
similar-compare = Salīdzināt
similar-compared =
    { $count ->
        [zero] Salīdzinātas { $count } programmas.
        [one] Salīdzināta { $count } programma.
       *[other] Salīdzinātas { $count } programmas.
    }
similar-too-short =
    { $count ->
        [zero] { $count } ir par īsu, lai salīdzinātu.
        [one] { $count } ir par īsu, lai salīdzinātu.
       *[other] { $count } ir par īsu, lai salīdzinātu.
    }
similar-none = Nevienas divas nav īpaši līdzīgas.
similar-percent = līdzīgas par { $percent }%

## Skolotāja paša uzdevumi
own-error-invalid = Uzdevumā vēl kaut kas jālabo. Pārbaudi to vēlreiz, lai redzētu, kas.
own-exercise-crumb = Skolotāja uzdevums
own-list-title = Manis veidotie uzdevumi
own-list-intro = Uzdevumi, ko raksti pats. Tos redzi tikai tu un to klašu skolēni, kurām uzdevumu iedod; viņi to risina kā jebkuru kursa uzdevumu.
own-new = Uzrakstīt jaunu uzdevumu
own-list-empty = Tu vēl neesi uzrakstījis nevienu uzdevumu.
own-list-assigned =
    { $count ->
        [0] vēl nav iedots nevienai klasei
        [zero] iedots { $count } klasēm
        [one] iedots { $count } klasei
       *[other] iedots { $count } klasēm
    }
own-list-changed = pēdējoreiz mainīts { $date }
own-try = Atvērt kā skolēnam
own-delete = Dzēst
own-delete-confirm = Jā, dzēst
own-delete-warning =
    { $count ->
        [0] Nospied vēlreiz, lai to izdzēstu pavisam.
        [zero] Nospied vēlreiz, lai to izdzēstu pavisam. To paņems atpakaļ arī no { $count } klasēm, kurām tas iedots; skolēnu palaistais paliek viņiem.
        [one] Nospied vēlreiz, lai to izdzēstu pavisam. To paņems atpakaļ arī no klases, kurai tas iedots; skolēnu palaistais paliek viņiem.
       *[other] Nospied vēlreiz, lai to izdzēstu pavisam. To paņems atpakaļ arī no { $count } klasēm, kurām tas iedots; skolēnu palaistais paliek viņiem.
    }
own-loading = Ielādē tavu uzdevumu…
own-error-title = Uzdevumu neizdevās atvērt
own-new-title = Jauns uzdevums
own-edit-title = Uzdevuma maiņa
own-intro = Uzraksti uzdevumu, kodu, ar ko skolēni sāk, un savu risinājumu, tad norādi, kā pārbaudīt atbildi. Pirms saglabāšanas uzdevumu izmēģina: tavam risinājumam jāiztur pārbaudes, bet sākuma kodam ne.
own-title = Nosaukums
own-languages-hint = Raksti latviski, angliski vai abās valodās. Skolēni, kas lasa otrā valodā, redzēs tavus vārdus.
own-in-lv = latviski
own-in-en = angliski
own-text = Uzdevums
own-text-hint = Šeit der Markdown: `kods`, **treknraksts**, saraksti un ```python bloki. HTML neder.
own-code = Kods
own-starter = Kods, ar ko skolēni sāk (var būt tukšs)
own-solution = Tavs risinājums
own-checks = Kā pārbauda atbildi
own-checks-form = Ar veidlapu
own-checks-script = Ar savu check.py
own-check-py = check.py
own-check-py-hint = Tajā der tas pats checks modulis, ko izmanto kursi: output_is, returns, same_as_solution, uses un citi.
own-outputs = Ko programma izvada
own-output-case = Gadījums { $number }
own-output-input = Rindas, ko ievada input()
own-output-input-hint = Katram input() izsaukumam sava rinda; atstāj tukšu, ja programma neko neprasa.
own-output-expected = Kas tai jāizvada
own-output-add = Pievienot gadījumu
own-output-remove = Noņemt { $number }. gadījumu
own-remove = Noņemt
own-random-inputs = Izmēģināt arī nejaušus veselus skaitļus kā ievades rindas un salīdzināt izvadi ar mana risinājuma izvadi
own-range-line = { $number }. rinda
own-range-argument = { $number }. arguments
own-range-from = no
own-range-to = līdz
own-range-add = Pievienot skaitli
own-range-remove = Noņemt { $number }. skaitli
own-random-count = Cik reižu mēģināt
own-function = Funkcija, ko programma definē
own-function-on = Pārbaudīt funkciju
own-function-name = Funkcijas nosaukums
own-call-case = { $number }. izsaukums
own-call-args = Argumenti kā Python valodā (3, 4 vai "Anna")
own-call-expected = Kas tai jāatgriež, kā Python valodā (12 vai "Sveika, Anna!")
own-call-add = Pievienot izsaukumu
own-call-remove = Noņemt { $number }. izsaukumu
own-random-calls = Izsaukt to arī ar nejaušiem veseliem skaitļiem un salīdzināt ar manu risinājumu
own-trial = Izmēģini pirms saglabāšanas
own-trial-hint = Tavs risinājums šajā pārlūkā tiek palaists ar pārbaudēm, pēc tam sākuma kods: pirmajam tās jāiztur, otrajam ne.
own-check = Pārbaudīt un izmēģināt
own-trial-running = Uzdevumu izmēģina…
own-problems = Vispirms jāizlabo dažas lietas:
own-trial-good = Viss kārtībā: tavs risinājums iztur pārbaudes, bet sākuma kods ne. Vari saglabāt.
own-trial-bad = Vēl ne: zemāk redzams, kā gāja tavam risinājumam un sākuma kodam.
own-trial-solution = Tavs risinājums
own-trial-starter = Sākuma kods
own-trial-starter-passes = Tas jau iztur visas pārbaudes, tātad skolēnam nebūtu ko darīt. Maini sākuma kodu vai pievieno pārbaudes.
own-trial-starter-fails = Tas pārbaudes vēl neiztur, kā tam jābūt: skolēnam ir ko darīt.
own-preview = Ko redz skolēns
own-save = Saglabāt uzdevumu
own-problem-missing = tas vēl ir tukšs
own-problem-other-language = nosaukumam un uzdevumam vajag tās pašas valodas
own-problem-too-long = tas ir par garu (ne vairāk kā { $max } zīmes)
own-problem-too-many = to ir par daudz (ne vairāk kā { $max })
own-problem-control = tajā ir neredzamas vadības rakstzīmes
own-problem-name = funkcijas nosaukumā ir burti, cipari un _, un tas nesākas ar ciparu
own-problem-range = katram diapazonam “no” nedrīkst būt lielāks par “līdz”, un mēģinājumu skaitam jābūt no 1 līdz 100
own-problem-no-checks = pievieno vismaz vienu gadījumu, izsaukumu vai nejaušu pārbaudi
own-problem-python = Python nevar izlasīt { $line }. rindu ({ $message })
own-problem-markdown = { $line }. rindā ir HTML vai saite, kas nav atļauta; lieto Markdown un http(s) saites
own-list-link = Manis veidotie uzdevumi →
assign-own = Manis veidotie uzdevumi
assign-own-none = Tu vēl neesi uzrakstījis nevienu uzdevumu: uzraksti
own-restored = Šīs ir izmaiņas, ko veici pirms lapas atstāšanas; tās vēl nav saglabātas. Izmēģini uzdevumu un saglabā to vai maini atpakaļ.
