# Darbnīca: English texts. Every message must also be in lv.ftl (a test checks).

app-name = Darbnīca
app-title = Darbnīca: programming and 3D design

nav-skip-to-content = Skip to content
nav-main-label = Main menu
nav-courses = Courses

theme-dark = Dark mode
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

nav-playground = Playground

playground-title = Playground
playground-intro = Write some Python and run it. Your code stays in this browser, so you can pick up where you left off.
playground-run = Run
playground-stop = Stop
playground-reset = Start over
playground-reset-note = Puts the example program back. Changed your mind? Ctrl+Z brings your code back.
playground-shortcut = Ctrl+Enter runs your code
playground-input-label = The program is waiting for your answer:
playground-input-send = Send
playground-output-empty = What your program prints will show up here.
playground-output-label = Program output

editor-label = Python code editor
editor-keys = Tab indents a line. To leave the editor with the keyboard, press Esc and then Tab.
code-size-label = Code text size
code-size-small = Small
code-size-normal = Normal
code-size-large = Large
code-size-larger = Very large
editor-load-failed = The code editor didn’t load. Reload the page and try again.

runtime-downloading = Loading Python: { $loaded } of { $total } MB
runtime-starting = Getting Python ready…
runtime-running = Your program is running…

run-finished = Program finished.
run-exited = The program ended with exit code { $code }.
run-time-limit =
    { $seconds ->
        [one] The program ran for more than { $seconds } second, so we stopped it. Could a loop be running forever?
       *[other] The program ran for more than { $seconds } seconds, so we stopped it. Could a loop be running forever?
    }
run-frame-time-limit =
    { $seconds ->
        [one] One frame of the game took more than { $seconds } second, so we stopped the game. Could a loop in update() be running forever?
       *[other] One frame of the game took more than { $seconds } seconds, so we stopped the game. Could a loop in update() be running forever?
    }
run-output-limit = The program printed more than { $lines } lines, so we stopped it. Could a loop be printing without end?
run-memory-limit = The program needed more than { $megabytes } MB of memory, so we stopped it. Could a list or a piece of text be growing without end, or is the model made of very many parts?
run-no-input = The program waited for input, but there was none.
run-crashed = The Python runtime crashed (it may have run out of memory). It has been restarted, so try again.
run-stopped = Program stopped.
run-load-failed = Python couldn’t be loaded. Check your internet connection and try again.
run-unreadable = This page and the Python runtime didn’t understand each other. Darbnīca has probably just been updated: reload the page, and your code will still be here.
run-error-line = line { $line }
run-error-traceback = What Python says

explain-name-error = Python doesn’t know this name. Check that it’s spelled exactly as where you created it (capitals matter), and that the variable gets a value before you use it.
explain-syntax-error = Python can’t make sense of this line: something is missing or extra. Often it’s a missing colon (:) at the end of the line, or a bracket or quote that was never closed.
explain-indentation-error = The indentation doesn’t line up. Lines in the same block (after if or for, say) must start with the same number of spaces, usually four.
explain-type-error = That operation doesn’t work on this kind of value. For example, you can’t add text and a number: turn the number into text with str(), or the text into a number with int().
explain-zero-division-error = The program tried to divide by zero. Check that the divisor isn’t 0 before you divide.
explain-value-error = The value wasn’t right for this. For example, int() can’t turn text into a number if the text isn’t made of digits.
explain-index-error = The list has no item at that position. Remember that counting starts at 0, so the last item is at len(list) - 1.
explain-key-error = The dictionary has no such key. Check how the key is spelled, or use get(), which doesn’t raise an error.
explain-attribute-error = This value has no method or attribute with that name. Check the spelling, and check that the value is what you expect.
explain-recursion-error = A function called itself too many times. Make sure there is a condition under which it stops calling itself.
explain-import-error = That module can’t be imported. Check its spelling; the modules beginners use from Python’s standard library are available here.
explain-eof-error = The program waited for another line of input, but there was none.
explain-other-error = Something went wrong while the program ran. Read Python’s message below and look at the highlighted line.

breadcrumbs-label = You are here
api-error-not-found = There is no such page here. The link may be out of date.

course-exercise-count =
    { $count ->
        [one] { $count } exercise
       *[other] { $count } exercises
    }
course-loading = Loading the course…
course-error-title = The course couldn’t be loaded
course-progress = { $solved } of { $total } exercises solved
course-workshops = Workshops that go with this course
lesson-no-exercises = The exercises for this lesson are on their way.

progress-solved = Solved
progress-tried = Started
progress-not-started = Not started yet

exercise-loading = Loading the exercise…
exercise-error-title = The exercise couldn’t be loaded
exercise-difficulty =
    { $level ->
        [1] Easy
        [2] Medium
       *[other] Hard
    }
exercise-attempts =
    { $count ->
        [one] { $count } try
       *[other] { $count } tries
    }
exercise-run = Run and check
exercise-reset = Start over
exercise-reset-note = Puts the starting code back. Changed your mind? Ctrl+Z brings your code back.
exercise-shortcut = Ctrl+Enter runs and checks
exercise-next = Next exercise
exercise-nav-label = Previous and next exercise

hints-heading = Hints
hints-show = Show a hint ({ $number } of { $total })
hints-all-shown = You’ve seen all the hints

solution-show = Show the solution
solution-locked =
    { $count ->
        [one] You can see the solution after { $count } more try, or once you’ve solved it.
       *[other] You can see the solution after { $count } more tries, or once you’ve solved it.
    }
solution-heading = One possible solution

check-passed =
    { $count ->
        [one] Correct! The check passed.
       *[other] Correct! All { $count } checks passed.
    }
check-failed = Not quite yet. Here’s what to fix:
check-broken = The checks for this exercise have a mistake in them — it’s not your fault. Please let your teacher know.
check-broken-details = Details (for the exercise’s author)
check-fix-error-first = Once the error is fixed, your program can be checked.
check-input-label = With input { $input }:
check-output-line = Line { $line } should be “{ $expected }”, but your program printed “{ $actual }”.
check-output-missing = Line { $line } should be “{ $expected }”, but your program printed nothing there.
check-output-extra = Your program printed an extra line { $line }: “{ $actual }”.
check-output-nothing = Your program printed nothing, but it should print “{ $expected }”.
check-output-contains = The output should contain “{ $expected }”.
check-program-error = Your program stopped on line { $line } with { $error }: { $message }
check-program-error-anywhere = Your program stopped with { $error }: { $message }
check-program-input = Your program asked for more lines of input than the task gives.
check-program-output-limit = Your program printed far too much. Could a loop be running without end?
check-function-missing = Define a function named `{ $name }`: the checks call it.
check-call-params = { $call } can’t be called like that: check how many parameters your function takes.
check-call-error = { $call } stopped with { $error }: { $message }
check-call-printed = { $call } printed { $printed } but returned None. Use `return` to hand the result back.
check-call-result = { $call } should return { $expected }, but it returned { $actual }.
check-uses =
    Use { $construct ->
        [for] a `for` loop
        [while] a `while` loop
        [loop] a loop (`for` or `while`)
        [if] an `if` statement
        [def] a function of your own (`def`)
        [return] `return`
        [list] a list
        [fstring] an f-string
       *[other] `{ $construct }`
    } in your code.
check-uses-call = Use `{ $name }(…)` in your code.
check-avoids-call = Solve it without `{ $name }(…)`: the point is to do it yourself.
check-model-nothing-shown = Your program shows no model. Pass it to `show(...)` at the end.
check-model-broken = The model can’t be built: { $message }
check-model-not-watertight = The model’s surface isn’t closed, so a printer can’t tell inside from outside. Join the parts with `+` so they overlap a little, rather than just touching.
check-model-volume-small = The model is too small: its volume is { $volume } mm³, and it should be at least { $min } mm³.
check-model-volume-large = The model is too big: its volume is { $volume } mm³, and it should be at most { $max } mm³.
check-model-size-small = Along { $axis } the model measures { $size } mm; it should be between { $low } and { $high } mm.
check-model-size-large = Along { $axis } the model measures { $size } mm; it should be between { $low } and { $high } mm.
check-model-not-on-bed = The model should stand on the print bed, with its lowest point at z = 0. Now it’s at z = { $z } mm: move it with `.translate(0, 0, …)`.
check-model-too-big-for-bed = The model ({ $size } mm) doesn’t fit on the print bed ({ $bed } mm).
check-model-holes = The model should have { $expected ->
        [one] one hole
       *[other] { $expected } holes
    } going right through it, but it has { $actual }.
check-model-parts = The model should be { $expected ->
        [one] one piece
       *[other] { $expected } separate pieces
    }, but it’s { $actual ->
        [one] one piece
       *[other] { $actual }
    }.
check-custom = A check didn’t pass.

explain-name = Python doesn’t know the name `{ $name }`. Perhaps it’s spelled differently from where you made it (capitals matter), or the variable is used before it gets a value.
explain-name-suggestion = Python doesn’t know the name `{ $name }`. Did you mean `{ $suggestion }`?
explain-indent-expected = After a line ending in a colon (:), such as `if`, `for` or `def`, the next lines need to be indented — usually by four spaces.
explain-indent-unexpected = This line is indented where it shouldn’t be. Only the lines in a block after a colon (:) are indented.
explain-indent-mismatch = This line’s indentation doesn’t match any line above it. Lines in the same block must start with the same number of spaces.
explain-syntax-string = A text isn’t closed: every quote (" or ') needs a partner on the same line.
explain-syntax-bracket = The brackets don’t pair up: one was opened but never closed (or the other way round). Count your ( and ), [ and ].
explain-syntax-colon = A colon (:) is missing at the end of the line. It’s needed after `if`, `elif`, `else`, `for`, `while` and `def`.
explain-syntax-equals = To check whether two values are equal, write two equals signs: `==`. A single `=` gives a variable its value.
explain-syntax = Python can’t make sense of this line: something is missing or extra. Look at the highlighted line and what comes just before it.
explain-str-plus-int = Text and a number can’t be added together. Turn the number into text with `str()`, or use an f-string. If the number comes from `input()`, turn it into a number with `int()` first.
explain-operand = This operation doesn’t work on values of types `{ $left }` and `{ $right }`. Check that both sides hold what you expect.
explain-zero-division = The program tried to divide by zero. Check that the divisor isn’t 0 before you divide.
explain-int-literal = `int()` can’t turn the text { $text } into a whole number. It may only contain digits (and a minus sign in front).
explain-index = The list has no item at that position. Counting starts at 0, so the last item is at `len(my_list) - 1`.
explain-key = The dictionary has no key { $key }. Check its spelling, or use `.get()`, which doesn’t raise an error.
explain-attribute = A value of type `{ $type }` has no method or attribute `{ $name }`. Check the spelling, and check the value is what you expect.
explain-arguments = The function got too many or too few arguments. Compare the call with the function’s `def` line: how many parameters are there?
explain-not-callable = A value of type `{ $type }` can’t be called like a function. Maybe a variable has the same name as a function, or a sign such as `*` is missing before the brackets?
explain-recursion = A function called itself too many times. Make sure there’s a condition under which it stops calling itself.
explain-memory = The program tried to make something too big to hold in memory: a huge number (such as `10**10**9`), list or piece of text. Check that your numbers and loops are what you meant; often a value grows on every round of a loop that never ends.
explain-unbound-local = The variable `{ $name }` is used in the function before it gets a value there. To change a value from outside, pass it in as a parameter and hand the new value back with `return`.
explain-module = There’s no module `{ $name }` here. Check its spelling; the modules from Python’s standard library that beginners use are available.
explain-module-download = The module `{ $name }` is downloaded the first time a program imports it, and this time the download failed. Check the internet connection and run the program again.

nav-models = 3D models
gallery-title = 3D models
gallery-intro = Parametric projects from our workshops: open one, change its sizes with the sliders or in the code, and see the model at once. When you like it, download it for a 3D printer or a game engine.
gallery-blank = Start from scratch
gallery-loading = Loading the projects…
gallery-error-title = The projects couldn’t be loaded
nav-workshops = Workshops
workshops-title = Workshops
workshops-intro = What we have made together at the Digital Innovation Park’s workshops in Liepāja. Each workshop’s projects and exercises stay here, so you can keep practising at home.
workshops-loading = Loading the workshops…
workshops-error-title = The workshops couldn’t be loaded
workshop-error-title = The workshop couldn’t be loaded
workshop-projects = 3D projects
workshop-exercises-heading = Programming exercises
workshop-date = { $day } { $month } { $year }
workshop-models =
    { $count ->
        [one] { $count } 3D project
       *[other] { $count } 3D projects
    }
workshop-exercises =
    { $count ->
        [one] { $count } exercise
       *[other] { $count } exercises
    }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
model-loading = Loading the project…
model-error-title = The project couldn’t be loaded
sandbox-title = 3D sandbox
sandbox-intro = Write Python with the darbnica module and the model appears beside it. Every param(…) becomes a slider, a checkbox or a dropdown.
sandbox-run = Build the model
sandbox-reset-note = Puts the project’s original code back. Changed your mind? Ctrl+Z brings your code back.
sandbox-wireframe = Show triangles
sandbox-sliders = Parameters
sandbox-slider-value = { $name }: value
sandbox-model-too-big = The model is too big to show: use fewer details (segments, say) or smaller sizes.
sandbox-nothing-shown = Nothing to show: pass your model to show(…).
sandbox-size = Size: { $size } mm
sandbox-triangles =
    { $count ->
        [one] { $count } triangle
       *[other] { $count } triangles
    }
sandbox-viewport-description = 3D view of the model: { $x } × { $y } × { $z } mm, parts: { $parts }, triangles: { $triangles }. Drag or use the arrow keys to turn it, the wheel or + and − to zoom, Shift and an arrow to move it.
sandbox-viewport-empty = 3D view: there is no model yet. Run the code to build it.
sandbox-viewport-failed = The 3D view couldn’t start: this browser doesn’t support WebGL2.
sandbox-fit = Fit to view
sandbox-fit-hint = Turn and zoom the view so the whole model fits
sandbox-shared-notice = This link carries code that somebody wrote. Nothing has run yet: read the code first, then press “Build the model”.
sandbox-shared-damaged = This share link is damaged (perhaps it was cut short when copied), so the sandbox opened with its starter model.
sandbox-export = Save as
sandbox-export-printer = For a 3D printer’s slicer (millimetres)
sandbox-export-game = For a game engine or Blender (metres, Y up)
sandbox-export-hint = STL or 3MF for a 3D printer, OBJ or GLB for a game engine.
sandbox-exporting = Making the { $format } file…
sandbox-export-failed = The file couldn’t be made. Build the model again and retry.
sandbox-file-name = model
sandbox-share = Share a link
sandbox-share-label = Link to this model
sandbox-share-copied = Link copied. Whoever opens it sees this model with these settings.
sandbox-share-copy = Copy this link: whoever opens it sees this model with these settings.

## Accounts, classes and sync

action-cancel = Cancel
action-close = Close
action-save = Save

api-error-too-many = That was too many tries. Wait a while (up to a quarter of an hour), then try again.
api-error-signed-out = You’re no longer signed in. Please sign in again.
api-error-forbidden = You don’t have access to this.
api-error-busy = The server is very busy right now. Try again in a minute.
api-error-sign-in-wrong = Those sign-in details are wrong. Check them and try again.
api-error-password-wrong = That’s not your password.
api-error-storage-full = Your account has as much saved work as it can keep. Ask your teacher for help.

account-sign-in = Sign in
account-sign-out = Sign out
account-my-classes = My classes
account-my-assignments = My assignments
account-signed-in-as = You’re signed in under this name
account-checking = Checking who you are…
account-sign-out-unsent =
    { $count ->
        [one] One piece of work hasn’t been sent yet because there’s no connection. If you sign out now, it will be lost.
       *[other] { $count } pieces of work haven’t been sent yet because there’s no connection. If you sign out now, they will be lost.
    }
account-sign-out-unreachable = We can’t reach the server, so you can’t sign out just now. Check your connection.
account-sign-out-anyway = Sign out anyway

sync-saved = Saved
sync-syncing = Syncing…
sync-offline = Offline — saved on this device
sync-waiting = Saved on this device, we’ll send it later

field-email = Email
field-password = Password
field-new-password = Choose a password
field-teacher-name = Your name
field-student-name = Your name in the class
field-student-name-hint = This is what your teacher will see, and what you’ll sign in with from now on.
field-student-password-hint = At least 10 characters. Three words and a number, like the suggested ones, are easy to remember and hard to guess. Write it down somewhere you won’t lose it!
field-teacher-password-hint = At least 8 characters.
field-class-code = Class code
field-class-code-hint = The six characters your teacher gave you, like K7M2QX.
field-class-name = Class name
field-class-name-hint = For example “Year 8 computing” or “Robotics club”.

form-error-name-empty = Please enter a name.
form-error-name-long = That name is too long: 80 characters at most.
form-error-name-characters = That name contains invisible control characters. Please type it again.
form-error-class-name-empty = Please give the class a name.
form-error-email = That doesn’t look like an email address. Check it has an @ and a domain, like name@school.org.
form-error-password-short-teacher = The password needs at least 8 characters.
form-error-password-short-student = The password needs at least 10 characters. Try three words and a number.
form-error-password-long = That password is too long: 200 characters at most.
form-error-password-empty = Please enter your password.
form-error-join-code = A class code has six letters and digits, like K7M2QX. Check for a typo.
form-error-rejected = The server didn’t accept this. Check that everything is filled in correctly.

signin-title = Sign in
signin-already = You’re already signed in as { $name }.
signin-student-heading = Students
signin-teacher-heading = Teachers
signin-submit = Sign in
signin-no-account = No account yet?
signin-to-signup = Create a teacher account
signin-first-time = New here?
signin-to-join = Join a class with its code
signin-error-teacher-wrong = Wrong email or password.
signin-error-student-wrong = Wrong class code, name or password. Make sure you type your name the way you did when you joined.

signup-title = Teacher account
signup-intro = With an account you can set up classes, assign work and see how your students are getting on. Students don’t need accounts of their own: they join a class with its code.
signup-submit = Create account
signup-have-account = Already have an account?
signup-to-signin = Sign in
signup-error-email-taken = There’s already an account with this email. Did you mean to sign in?

join-title = Join a class
join-intro = Enter the code your teacher gave you.
join-continue = Next
join-loading = Looking for the class…
join-class-label = You’re joining
join-teacher = Teacher: { $teacher }
join-choose = Pick a name and a password. No email needed.
join-as = You’ll join as { $name }.
join-submit = Join
join-already = Already in this class?
join-to-signin = Sign in
join-error-no-class = There’s no class with that code. Check the code or ask your teacher.
join-error-name-taken = Someone in this class already has that name. If it’s you, sign in; if not, add something, like the first letter of your surname.
join-error-teacher = A teacher’s account can’t join a class. To join as a student, sign out first.

gate-teacher-sign-in = This page is for teachers. Please sign in to your account.
gate-student-sign-in = To see your assignments, sign in with your class code, name and password.
gate-teachers-only = This page is for teachers only.
gate-students-only = This page is for students. Your classes are under “My classes”.

classes-title = My classes
classes-loading = Loading your classes…
classes-error-title = Couldn’t load your classes
classes-empty = You don’t have any classes yet. Create your first one!
classes-all-archived = All your classes are archived; you’ll find them below. You can create a new one above.
classes-archived-heading = Archived
classes-new-heading = New class
classes-new-submit = Create
classes-student-count =
    { $count ->
        [one] { $count } student
       *[other] { $count } students
    }
classes-assignment-count =
    { $count ->
        [one] { $count } assignment
       *[other] { $count } assignments
    }

class-loading = Loading the class…
class-error-title = Couldn’t load the class
class-rename = Rename
class-archive = Archive
class-unarchive = Bring back from the archive
class-archived-notice = This class is archived: new students can’t join, and its students no longer see its work.
class-join-code = Class code
class-join-link = Link to join
class-join-link-copy = Copy link
class-join-link-copied = Copied!
class-join-hint = Students can open the link, or type the code at { $address }.

grid-heading = Progress
grid-student = Student
grid-stale = Couldn’t update the table.
grid-no-assignments = Nothing has been assigned yet. Pick some exercises below.
grid-no-students = No students have joined yet. Give them the code or the link.
grid-due = Due { $when }
grid-done = { $done }/{ $total } ✓
grid-done-title = How many students have solved it
grid-attempts =
    { $count ->
        [one] { $count } run
       *[other] { $count } runs
    }
grid-open-code = { $student }: “{ $item }” — open code
grid-legend = Key
grid-state-not-started = Not started
grid-state-tried = Tried
grid-state-solved = Solved
grid-state-solved-late = Solved late

code-heading = { $student } — { $item }
code-loading = Loading the code…
code-none = This student hasn’t run this one yet.
code-passed = Checks passed
code-not-passed = Checks not passing yet

assign-heading = Assigned work
assign-none-yet = Nothing assigned yet.
assign-no-due = No due date
assign-remove = Remove
assign-form-heading = Assign more
assign-course = Course
assign-loading = Loading the lessons…
assign-whole-lesson = whole lesson
assign-models = 3D models from the gallery
assign-due = Due date (optional)
assign-due-date = Date
assign-due-time = Time
assign-due-hint = Leave the time empty and it’s due at the end of the day.
assign-selected =
    { $count ->
        [0] Nothing selected
        [one] { $count } item selected
       *[other] { $count } items selected
    }
assign-submit = Assign
assign-done =
    { $count ->
        [0] Nothing was assigned.
        [one] Assigned { $count } item.
       *[other] Assigned { $count } items.
    }
assign-error-nothing = Pick at least one exercise or model.
assign-error-date = We couldn’t read that due date. Please pick it from the calendar.
assign-error-past = That due date has already passed. Pick a later one.
assign-error-rejected = One of the items you picked is no longer available. Reload the page and try again.

students-heading = Students
students-none = Nobody has joined yet.
students-joined = joined { $when }
students-remove = Remove
students-remove-confirm = Remove { $name } from the class? They keep their account and their work.
students-remove-yes = Yes, remove
students-new-password = New password
students-new-password-for = A new password for { $name }. Tell it to them: they will be signed out everywhere and sign in with this one.
students-new-password-label = New password
students-new-password-hint = At least 10 characters. “Suggest a password” makes one of three words and a number that a child can remember.
students-new-password-save = Set password
students-password-set = { $name } has a new password. Tell it to them; they can sign in with it now.

assignments-title = My assignments
assignments-intro = Work your teachers have set, with what’s still to do and what’s due soonest first.
assignments-loading = Loading your assignments…
assignments-error-title = Couldn’t load your assignments
assignments-none = Nothing assigned yet. Feel free to try any course!
assignments-kind-exercise = Exercise
assignments-kind-model = 3D model
assignments-kind-game = 3D game

## Safety: passphrases, joining another class, the account page, sessions

passphrase-suggest = Suggest a password
passphrase-write-down = This password is three words and a number. Write it down and keep it somewhere safe: you’ll need it to sign in.
students-account-elsewhere = Account from another class
students-account-elsewhere-why = This student’s account was made in another teacher’s class. Only that teacher can give them a new password.
join-confirm = You’re signed in as { $name }, and you’re about to join { $class }, the class of { $teacher }.
join-confirm-warning = Join only if this really is your teacher’s class. If someone you don’t know sent you the link, don’t join: ask your teacher first.
join-confirm-password = Your password
join-confirm-submit = Yes, join this class
join-error-password-wrong = That’s not your password. Type the password you sign in with.
account-page-title = My account
account-page-who = You’re signed in as { $name }.
account-page-sign-in = Sign in to see your account.
account-session-lifetime-teacher = You stay signed in until you sign out, or until Darbnīca goes unused for 12 hours.
account-session-lifetime-student = You stay signed in until you sign out, or until Darbnīca goes unused for 6 days.
signin-session-note = On a shared computer, always sign out when you’re done. Otherwise you stay signed in until Darbnīca goes unused for 12 hours (teachers) or 6 days (students).
sessions-heading = Where you’re signed in
sessions-loading = Looking up where you’re signed in…
sessions-error-title = We can’t show where you’re signed in
sessions-this-one = this browser
sessions-unknown-device = An unknown browser
sessions-times = signed in { $since } · last used { $last }
sessions-end-one = Sign out there
sessions-end-others = Sign out everywhere else
sessions-ended =
    { $count ->
        [one] Signed out on { $count } other device.
       *[other] Signed out on { $count } other devices.
    }
password-change-heading = Change your password
password-change-current = Current password
password-change-new = New password
password-change-hint-teacher = At least 8 characters. You stay signed in here and are signed out everywhere else.
password-change-submit = Change password
password-change-done = Your password has been changed, and you’ve been signed out everywhere else.
password-change-error-current = That’s not your current password.

## Your data and privacy

footer-privacy = Privacy: what we keep and why
grid-download-csv = Download as a spreadsheet (CSV)
grid-download-work = Download everyone’s code (ZIP)
students-work = Code (ZIP)
students-delete-account-note = This is the only class this student is in, and their account was made here. You can also delete the account with all its work; it cannot be undone.
students-delete-account = Remove and delete the account
account-data-heading = Your data
account-data-intro = Download everything Darbnīca keeps about you as one file, or delete your account.
account-download = Download my data (JSON)
account-delete = Delete my account…
account-delete-warning-student = Your account and all your saved work will be deleted for good. Your teachers will no longer see your work.
account-delete-warning-teacher = Your account will be deleted for good, together with your classes and what you assigned. Your students keep their own accounts and work.
account-delete-password = Type your password to confirm
account-delete-submit = Delete for good
account-delete-error-password = That’s not your password, so nothing was deleted.
privacy-title = Privacy
privacy-intro = Darbnīca is run by the association Digitālo inovāciju parks in Liepāja. Many of the people who use it are children, so we keep as little as we can, and we say here what it is.
privacy-what-heading = What we keep
privacy-what-accounts = Your account: the name you chose and your password, stored scrambled so that nobody, not even us, can read it. Teachers also give an email address, and we keep the exercises they write themselves, which only they and the classes they give them to can see. For a student, which classes they are in.
privacy-what-work = Your work: every time you run an exercise or a 3D model while signed in, we keep the code, whether it passed, and when — and, if you pasted text into the editor since the run before, how many characters you pasted (never what).
privacy-what-feedback = Your teacher’s feedback: the comments a teacher writes on lines of your code, your answers to them, and whether the teacher accepted your work or asked you to look at it again.
privacy-what-sessions = Where you are signed in: for each browser, when you signed in and last used it, and its name and system (like “Firefox, Windows”), so that you can sign out there.
privacy-what-limits = To stop people guessing passwords, we note wrong passwords and unknown class codes with the internet address they came from.
privacy-why-heading = Why
privacy-why = To save your progress, so you can continue on another computer, and so that your teacher can see how you are doing with what they assigned. Nothing else: no advertising and no profiles.
privacy-who-heading = Who sees what
privacy-who-you = You see all of your own work.
privacy-who-teacher = The teacher of the class where your account was made sees your work on what they assigned, and can give you a new password if you forget yours.
privacy-who-other-teachers = If you join another teacher’s class, that teacher sees only your work on what they assigned, and cannot change your password.
privacy-who-feedback = Comments, answers and the teacher’s verdict are seen only by you and the teacher of the class they were written in.
privacy-who-nobody = Other students never see your work, and we share nothing with anyone else.
privacy-how-long-heading = For how long
privacy-how-long-work = Your account and work: until you delete your account, or your teacher deletes it.
privacy-how-long-sessions = A sign-in: until you sign out, or after 6 days (students) or 12 hours (teachers) without using Darbnīca.
privacy-how-long-limits = Wrong passwords and unknown class codes: about an hour, then they are deleted.
privacy-how-long-browser = Without an account, your progress stays only in your browser, on your computer; signing out clears it there.
privacy-how-long-device = So that Darbnīca works without the internet, your browser keeps a copy of the app, the courses and the models. When you are signed in, it also keeps your name and the list of work assigned to you, until you sign out.
privacy-rights-heading = What you can do
privacy-rights-download = Download everything we keep about you: on the “My account” page, choose “Download my data”.
privacy-rights-delete = Delete your account and all your work: on the same page, choose “Delete my account”. A teacher can also delete the account of a student who is only in their class.
privacy-rights-ask = If you have a question, or a parent wants something changed, write to the association that runs your workshop or ask your teacher.
privacy-none-heading = What we never do
privacy-none = No advertising, no trackers, no tracking cookies, and no other websites: every page loads only from Darbnīca itself. One cookie keeps you signed in; two more remember only the language and the light or dark look you chose, so that the next page opens that way straight away.

## Game studio
nav-studio = Game studio
studio-title = Game studio
studio-intro = Write your own 3D game in Python and play it right next to the code. Start with collecting amber on the Liepāja beach, then change whatever you like: the speed, the colours, new obstacles.
studio-reset = Start over with the sample game
studio-help-title = How to write a game
studio-help-entity = Entity(model="cube", color="red", x=2) puts a cube in the game. Models: cube, sphere, cylinder, cone, plane, a solid you made with the darbnica module, or a project from the 3D models page, such as gallery_model("zobrats", teeth=12). Each has x, y, z, rotation, scale, color, velocity and visible.
studio-help-update = update() runs every frame. held_keys["left"] is 1 while the left arrow is down, and time.dt is the seconds since the last frame, so write player.x += 5 * time.dt to move. input(key) gets every key press.
studio-help-collide = player.intersects(coin) tells whether the two touch. destroy(coin) takes it away, Text("Score: 0") shows words on the screen, and play_sound("coin") plays a sound (coin, jump, hit, win, lose, click).
studio-help-more = camera.follow(player) makes the camera follow the player. speed = param("speed", 5, 1, 10) adds a slider that starts the game again with the value you pick. You can pause the game, step forward one frame at a time and look at every object in the list.
game-play = ▶ Play
game-play-again = ⟲ Play from the start
game-stop = Stop
game-pause = Pause
game-resume = ▶ Go on
game-step = One frame forward
game-sound-on = Sound on
game-sound-off = Sound off
game-view-label = The game. While it is active, play with the arrow keys and the space bar.
game-view-failed = This browser cannot draw the game because it has no WebGL2. Try another browser or computer.
game-touch-left = Left
game-touch-right = Right
game-touch-up = Up
game-touch-down = Down
game-touch-space = Jump (space)
game-inspector-title = { $count ->
    [one] { $count } object
   *[other] { $count } objects
}
game-inspector-frame = frame { $frame }
game-inspector-number = No.
game-inspector-x = x
game-inspector-y = y
game-inspector-z = z
game-inspector-visible = Visible
game-inspector-yes = yes
game-inspector-no = no
studio-share = Share the game
studio-share-label = Link to this game
studio-share-copied = Link copied. Whoever opens it can play exactly this game and see its code.
studio-share-copy = Copy this link: whoever opens it can play exactly this game and see its code.
studio-shared-notice = This link carries a game somebody else wrote. Nothing has run yet: read the code first, then press “Play”.
studio-shared-damaged = This link is damaged (perhaps it was cut short when copied), so the studio opened with your last game or the sample one.
studio-reset-game = Start over with this game's code
games-title = Games
games-intro = 3D games from the workshops, with all their code: play one, then open its code and change it however you like. Or write your very own game in the studio.
games-blank = My own game in the studio
games-loading = Loading the games…
games-error-title = The games could not be loaded
game-error-title = The game could not be loaded
workshop-games-heading = Games
workshop-games =
    { $count ->
        [one] { $count } game
       *[other] { $count } games
    }

## Offline use and updates (the service worker)
update-ready = A new version of Darbnīca is ready.
update-reload = Reload
update-later = Later
offline-preparing = Getting Darbnīca ready to work offline…
offline-ready = Darbnīca will work on this device even without internet.
offline-failed = Not everything for offline use could download — we’ll try again next time.
offline-now = No internet: you’re working with what this device has saved.

# A teacher's feedback on a student's work
feedback-heading = Your teacher’s feedback
feedback-line = Line { $line }
feedback-lines = Lines { $first }–{ $last }
feedback-moved = now on line { $line }
feedback-changed = this line has changed since
feedback-new = new
feedback-answer-label = Your answer
feedback-answer = Answer
feedback-answer-empty = Write something first.
feedback-select-hint = Choose a line number to comment on that line; hold Shift to choose several lines.
feedback-comment-on = Comment on { $lines }
feedback-comment = Add the comment
feedback-comment-empty = Write the comment first.
feedback-threads = Comments
feedback-accepted = Your teacher accepted this work.
feedback-look-again = Your teacher asks you to look at this again.
feedback-sent-again = You solved it again — your teacher will have another look.
review-heading = Your verdict
review-note-label = A note for the student
review-accept = Accept
review-send-back = Send back
review-note-needed = Write what the student should look at again.
review-accepted = Accepted
review-sent-back = Sent back
review-resubmitted = Solved again since it was sent back
assignments-new-comments =
    { $count ->
        [one] { $count } new comment
       *[other] { $count } new comments
    }
grid-comments =
    { $count ->
        [one] { $count } comment
       *[other] { $count } comments
    }
grid-new-answers =
    { $count ->
        [one] { $count } new answer
       *[other] { $count } new answers
    }
runs-heading = How the code came to be
runs-note = Every run, newest first, with what changed since the run before. A paste or a large insertion is not wrong in itself: ask the student how the code came about.
runs-lines-said = { $added } lines added, { $removed } removed
runs-large = a large insertion
runs-pasted =
    { $count ->
        [one] pasted { $count } character
       *[other] pasted { $count } characters
    }
runs-show = Show the change
runs-hide = Hide the change
similar-heading = Similar programs
similar-intro = For one piece of work, the pairs of students whose latest programs are nearly the same once names, comments and spacing are set aside. Beginners’ programs are often alike, especially short ones: this is a reason to talk with the students, not proof of copying.
similar-item = Work
similar-compare = Compare
similar-compared =
    { $count ->
        [one] { $count } program compared.
       *[other] { $count } programs compared.
    }
similar-too-short =
    { $count ->
        [one] { $count } is too short to compare.
       *[other] { $count } are too short to compare.
    }
similar-none = No two are much alike.
similar-percent = { $percent }% alike

## A teacher's own exercises
own-error-invalid = The exercise still has something to fix. Check it again to see what.
own-exercise-crumb = An exercise from your teacher
own-list-title = My exercises
own-list-intro = Exercises you write yourself. Only you and the students of the classes you give one to can see it; they do it like any course exercise.
own-new = Write a new exercise
own-list-empty = You haven’t written an exercise yet.
own-list-assigned =
    { $count ->
        [0] not given to a class yet
        [one] given to { $count } class
       *[other] given to { $count } classes
    }
own-list-changed = last changed { $date }
own-try = Open as a student
own-delete = Delete
own-delete-confirm = Yes, delete it
own-delete-warning =
    { $count ->
        [0] Press again to delete it for good.
        [one] Press again to delete it for good. It will also be taken back from the class that has it; your students’ runs stay theirs.
       *[other] Press again to delete it for good. It will also be taken back from the { $count } classes that have it; your students’ runs stay theirs.
    }
own-loading = Loading your exercise…
own-error-title = Couldn’t open the exercise
own-new-title = A new exercise
own-edit-title = Change the exercise
own-intro = Write the task, the code students start with and your solution, then say how to check an answer. Before you save, the exercise is tried: your solution must pass and the starting code must not.
own-title = Title
own-languages-hint = Write in Latvian, English or both. Students who read the other language see the words you wrote.
own-in-lv = in Latvian
own-in-en = in English
own-text = Task
own-text-hint = Markdown works here: `code`, **bold**, lists and ```python blocks. HTML doesn’t.
own-code = Code
own-starter = The code students start with (may be empty)
own-solution = Your solution
own-checks = How an answer is checked
own-checks-form = With a form
own-checks-script = With my own check.py
own-check-py = check.py
own-check-py-hint = It uses the same checks module as the courses: output_is, returns, same_as_solution, uses and the rest.
own-outputs = What the program prints
own-output-case = Case { $number }
own-output-input = Lines typed for input()
own-output-input-hint = One line per input() call; leave empty if the program asks nothing.
own-output-expected = What it must print
own-output-add = Add a case
own-output-remove = Remove case { $number }
own-remove = Remove
own-random-inputs = Also try random whole numbers as the input lines, and compare the output with my solution’s
own-range-line = Line { $number }
own-range-argument = Argument { $number }
own-range-from = from
own-range-to = to
own-range-add = Add a number
own-range-remove = Remove number { $number }
own-random-count = How many tries
own-function = A function the program defines
own-function-on = Check a function
own-function-name = The function’s name
own-call-case = Call { $number }
own-call-args = Arguments, as in Python (3, 4 or "Anna")
own-call-expected = What it must return, as in Python (12 or "Hi, Anna!")
own-call-add = Add a call
own-call-remove = Remove call { $number }
own-random-calls = Also call it with random whole numbers, and compare with my solution
own-trial = Try it before saving
own-trial-hint = Your solution runs against the checks in this browser, then the starting code does: the first must pass, the second must not.
own-check = Check and try it
own-trial-running = Trying the exercise…
own-problems = A few things to fix first:
own-trial-good = All good: your solution passes and the starting code doesn’t. You can save it.
own-trial-bad = Not yet: see what your solution or the starting code did below.
own-trial-solution = Your solution
own-trial-starter = The starting code
own-trial-starter-passes = It already passes every check, so a student would have nothing to do. Change the starting code or add checks.
own-trial-starter-fails = It doesn’t pass yet, as it should: the student has something to do.
own-preview = What a student sees
own-save = Save the exercise
own-problem-missing = this is still empty
own-problem-other-language = the title and the task need the same languages
own-problem-too-long = this is too long (at most { $max } characters)
own-problem-too-many = there are too many (at most { $max })
own-problem-control = this has invisible control characters in it
own-problem-name = a function name has letters, digits and _ and doesn’t start with a digit
own-problem-range = each range needs its “from” no bigger than its “to”, and between 1 and 100 tries
own-problem-no-checks = add at least one case, call or random check
own-problem-python = Python can’t read line { $line } ({ $message })
own-problem-markdown = line { $line } has HTML or a link that isn’t allowed; use Markdown and http(s) links
own-list-link = My own exercises →
assign-own = My own exercises
assign-own-none = You haven’t written an exercise yet: write one
own-restored = These are the changes you made before leaving the page; they aren’t saved yet. Try the exercise and save it, or change it back.
