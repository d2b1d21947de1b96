# Darbnīca: English texts. Every message must also be in lv.ftl (a test checks).

app-name = Darbnīca
app-title = Darbnīca: programming and 3D design

nav-skip-to-content = Skip to content
nav-main-label = Main menu
nav-courses = Courses

language-switch-label = Language
language-name-lv = Latvian (latviešu valoda)
language-name-en = English

home-title = Learn to code and to design in 3D
home-intro = Pick up where the workshop left off, right here in your browser: write Python, see at once whether it works, and get a hint when you are stuck. Nothing to install.
home-courses-heading = Courses

courses-loading = Loading courses…
courses-error-title = We couldn’t load the courses
courses-empty = No courses yet. Check back soon!
course-lesson-count =
    { $count ->
        [one] { $count } lesson
       *[other] { $count } lessons
    }

action-retry = Try again

api-error-unreachable = We can’t reach the server. Check your internet connection and try again.
api-error-server = Something went wrong on our server. We’ve been told about it; please try again in a moment.
api-error-unexpected = The server sent an answer we didn’t expect. Reload the page and try again.

not-found-title = There’s no such page
not-found-text = The link may be out of date, or the address may have a typo.
not-found-home = Go to the home page

footer-association = Darbnīca is made by “Digitālo inovāciju parks”, a digital-innovation association in Liepāja.
