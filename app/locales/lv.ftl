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
