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

nav-playground = Playground

playground-title = Playground
playground-intro = Write some Python and run it. Your code stays in this browser, so you can pick up where you left off.
playground-run = Run
playground-stop = Stop
playground-reset = Start over
playground-shortcut = Ctrl+Enter runs your code
playground-input-label = The program is waiting for your answer:
playground-input-send = Send
playground-output-empty = What your program prints will show up here.
playground-output-label = Program output

editor-label = Python code editor
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
run-output-limit = The program printed more than { $lines } lines, so we stopped it. Could a loop be printing without end?
run-no-input = The program waited for input, but there was none.
run-crashed = The Python runtime crashed (it may have run out of memory). It has been restarted, so try again.
run-stopped = Program stopped.
run-load-failed = Python couldn’t be loaded. Check your internet connection and try again.
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
