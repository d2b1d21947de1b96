"""checks: what an exercise's check.py says about a student's answer.

Each check runs the student's code (or calls a function it defines) out of the student's sight,
compares what happened with what the task asks, and, when it differs, records a finding that says
what was expected and what happened. The page words findings in the student's language from the
message keys used here (app/locales/*.ftl, `check-…`); check(…) takes the author's own words.

    from checks import *

    output_is(text(lv="Sveika, pasaule!", en="Hello, world!"))   # either language passes
    output_is("Sveiks, Anna!", input=["Anna"])          # ... given these input() lines
    same_output_as_solution(inputs=[["3", "4"], ["-1", "0"]])
    returns("area", (3, 4), 12)                         # a function: call it, compare
    same_as_solution("area", random_cases=lambda rng: (rng.randint(1, 9), rng.randint(1, 9)))
    uses("for")                                         # the code's structure, via ast
    check(run(input=["5"]).variables.get("n") == 5, lv="…", en="…")
    game = play(frames=30, keys={"right": 30})          # a game, with scripted keys
    check(game.variables["player"].x > 2, lv="…", en="…")

See content/README.md for every function and its options.
"""

import builtins as _builtins
import copy as _copy
import json as _json
import math as _math
import random as _random
import sys as _sys

__all__ = [
    "lang",
    "text",
    "output_is",
    "output_contains",
    "same_output_as_solution",
    "returns",
    "same_as_solution",
    "defines",
    "uses",
    "uses_call",
    "avoids_call",
    "check",
    "run",
    "play",
    "call",
    "source",
    "numbers_in_code",
    "uses_operator",
    "model_watertight",
    "model_volume",
    "model_size",
    "model_fits_bed",
    "model_holes",
    "model_parts",
    "shown_model",
]

# Output a single checked run may print before it is stopped.
_OUTPUT_LIMIT = 100_000
# How much of a value or line a message quotes.
_QUOTE_LIMIT = 80
# Findings after which further checks only count: the first few say what to fix.
_MAX_FINDINGS = 5

_state = {}

# The student's language, "lv" or "en": which of a text()'s words the messages quote.
lang = "lv"


class text:
    """An expected text in both languages: output or a returned string in either passes, and
    messages quote the one in the student's language."""

    def __init__(self, *, lv, en):
        self.lv = lv
        self.en = en

    def variants(self):
        return [self.lv, self.en] if lang == "lv" else [self.en, self.lv]

    def __str__(self):
        return self.variants()[0]

    def __repr__(self):
        return repr(str(self))


def _variants(expected):
    return expected.variants() if isinstance(expected, text) else [expected]


def _setup(code, solution, seed, language="lv"):
    """Called by the runtime before check.py runs."""
    global lang
    lang = language if language in ("lv", "en") else "lv"
    _state.clear()
    _state.update(
        code=code,
        solution=solution,
        seed=seed,
        total=0,
        failures=[],
        runs={},
        tree=None,
        model=_model_facts(),
    )


def _model_facts():
    """What the student's run showed, taken before any check runs the program again."""
    import darbnica

    try:
        return darbnica._shown_facts()
    except ValueError as error:
        return {"error": str(error)}


def _report():
    """Called by the runtime after check.py ran: the findings, as JSON."""
    return _json.dumps({"total": _state["total"], "failures": _state["failures"]})


# --- recording -------------------------------------------------------------------------------


def _passed():
    _state["total"] += 1


def _failed(key, input=None, **args):
    _state["total"] += 1
    finding = {"key": key, "args": {name: str(value) for name, value in args.items()}}
    if input is not None and len(input) > 0:
        finding["args"]["input"] = ", ".join(str(line) for line in input)
    if finding not in _state["failures"] and len(_state["failures"]) < _MAX_FINDINGS:
        _state["failures"].append(finding)


def _quote(value):
    text = value if isinstance(value, str) else repr(value)
    if len(text) > _QUOTE_LIMIT:
        text = text[: _QUOTE_LIMIT - 1] + "…"
    return text


# --- running the student's code ----------------------------------------------------------------


class _NeedsInput(BaseException):
    pass


class _TooMuchOutput(BaseException):
    pass


class _Capture:
    """sys.stdout (and stderr) while checked code runs."""

    encoding = "utf-8"

    def __init__(self):
        self.parts = []
        self.size = 0

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        self.size += len(text)
        if self.size > _OUTPUT_LIMIT:
            raise _TooMuchOutput()
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def isatty(self):
        return False

    def text(self):
        return "".join(self.parts)


class _Ended:
    """What a program left when it stopped: what it printed, its variables, and its uncaught
    exception as (type name, message, line), or None."""

    def __init__(self, output, variables, error):
        self.output = output
        self.lines = output.splitlines()
        self.variables = variables
        self.error = error

    @property
    def ok(self):
        return self.error is None


class Run(_Ended):
    """One run of a program: what it printed, its variables at the end, and how it ended."""

    def __init__(self, output, variables, error, needs_input, too_much_output):
        super().__init__(output, variables, error)
        self.needs_input = needs_input
        self.too_much_output = too_much_output

    @property
    def ok(self):
        return super().ok and not self.needs_input and not self.too_much_output


def _error_line(exception):
    line = None
    traceback = exception.__traceback__
    while traceback is not None:
        if traceback.tb_frame.f_code.co_filename == "main.py":
            line = traceback.tb_lineno
        traceback = traceback.tb_next
    return line


def _uncaught(exception):
    """An exception the program did not catch, as (type name, message, line); None for exit() or
    exit(0), which end a program without an error."""
    if isinstance(exception, SystemExit):
        if exception.code in (None, 0):
            return None
        return ("SystemExit", str(exception.code), _error_line(exception))
    return (type(exception).__name__, str(exception), _error_line(exception))


def _execute(code, input_lines):
    queue = list(input_lines)

    def input(prompt=""):
        # Prompts are not part of the compared output: the task fixes what is printed, not how a
        # student asks for it.
        if not queue:
            raise _NeedsInput()
        return str(queue.pop(0))

    variables = {"__name__": "__main__", "__builtins__": _builtins, "input": input}
    capture = _Capture()
    error = None
    needs_input = False
    too_much = False
    saved = _sys.stdout, _sys.stderr
    _sys.stdout = _sys.stderr = capture
    try:
        _random.seed(_state["seed"])
        exec(compile(code, "main.py", "exec"), variables)
    except _NeedsInput:
        needs_input = True
    except _TooMuchOutput:
        too_much = True
    except (SystemExit, Exception) as exception:
        error = _uncaught(exception)
    finally:
        _sys.stdout, _sys.stderr = saved
    return Run(capture.text(), variables, error, needs_input, too_much)


class Game(_Ended):
    """A game played headless by play(): its variables, entities and texts when it stopped, what it
    printed, how many frames it played, and how it ended."""

    def __init__(self, variables, entities, texts, sounds, camera, output, error, frames):
        super().__init__(output, variables, error)
        self.entities = entities
        self.texts = texts
        # The names of the sounds it played, in order ("coin", "jump"…).
        self.sounds = sounds
        # Where the camera stood at the end: (position, target).
        self.camera = camera
        self.frames = frames


def _key_frames(spec):
    """The frames a key is held in: a number n is the first n frames, otherwise the frames listed."""
    if isinstance(spec, int):
        return set(range(spec))
    return set(spec)


def play(frames=60, keys=None, *, dt=1 / 60, solution=False):
    """Plays the student's game (or the reference solution) headless for `frames` frames of `dt`
    seconds, holding keys as scripted: keys={"right": 30} holds right for the first 30 frames,
    {"right": range(10, 40)} in those frames, {"space": [5, 20]} presses space in frames 5 and 20.
    A key is pressed (input(key) is called) in the first frame of each stretch it is held.

    An error in the game is a finding, like an error in a program; the Game is returned either way.
    """
    import game as _game

    schedule = {str(key): _key_frames(spec) for key, spec in (keys or {}).items()}
    code = _state["solution" if solution else "code"]
    variables = {"__name__": "__main__", "__builtins__": _builtins}
    capture = _Capture()
    error = None
    played = 0
    sounds = []
    saved = _sys.stdout, _sys.stderr
    _sys.stdout = _sys.stderr = capture
    try:
        _game._reset()
        _random.seed(_state["seed"])
        exec(compile(code, "main.py", "exec"), variables)
        for frame in range(frames):
            held = [key for key, held_in in schedule.items() if frame in held_in]
            pressed = [key for key in held if frame - 1 not in schedule[key]]
            sounds.extend(_game._frame(variables, dt, held, pressed))
            played += 1
    except _TooMuchOutput:
        error = ("OutputLimit", "", None)
    except (SystemExit, Exception) as exception:
        error = _uncaught(exception)
    finally:
        _sys.stdout, _sys.stderr = saved
    camera = (_game.camera.position, _game.camera.target)
    result = Game(
        variables, _game._entities(), _game._texts(), sounds, camera, capture.text(), error, played
    )
    if error is not None:
        kind, message, line = error
        if kind == "OutputLimit":
            _failed("check-program-output-limit")
        elif line is None:
            _failed("check-program-error-anywhere", error=kind, message=message)
        else:
            _failed("check-program-error", error=kind, message=message, line=line)
    return result


def run(input=(), solution=False):
    """Runs the student's program (or the reference solution) with these input() lines."""
    key = (solution, tuple(str(line) for line in input))
    runs = _state["runs"]
    if key not in runs:
        runs[key] = _execute(_state["solution" if solution else "code"], key[1])
    return runs[key]


def _program_ran(result, input):
    """True when the run ended normally; records why not otherwise."""
    if result.needs_input:
        _failed("check-program-input", input)
    elif result.too_much_output:
        _failed("check-program-output-limit", input)
    elif result.error is not None:
        kind, message, line = result.error
        if line is None:
            _failed("check-program-error-anywhere", input, error=kind, message=message)
        else:
            _failed("check-program-error", input, error=kind, message=message, line=line)
    else:
        return True
    return False


# --- output ------------------------------------------------------------------------------------


def _normalise(line, ignore_case):
    line = line.rstrip()
    indent = line[: len(line) - len(line.lstrip())]
    line = indent + " ".join(line.split())
    return line.casefold() if ignore_case else line


def _number(token):
    try:
        return float(token.replace(",", ".")) if token[:1].isdigit() or token[:1] in "-+." else None
    except ValueError:
        return None


def _same_line(actual, expected, ignore_case, numbers):
    actual = _normalise(actual, ignore_case)
    expected = _normalise(expected, ignore_case)
    if actual == expected:
        return True
    if not numbers:
        return False
    if len(actual) - len(actual.lstrip()) != len(expected) - len(expected.lstrip()):
        return False
    actual_tokens, expected_tokens = actual.split(), expected.split()
    if len(actual_tokens) != len(expected_tokens):
        return False
    for got, want in zip(actual_tokens, expected_tokens):
        if got == want:
            continue
        got_number, want_number = _number(got), _number(want)
        if got_number is None or want_number is None:
            return False
        if not _math.isclose(got_number, want_number, rel_tol=1e-6, abs_tol=1e-9):
            return False
    return True


def _trim(lines):
    lines = list(lines)
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def _compare_output(actual, expected, input, exact, ignore_case, numbers):
    if exact:
        if actual == expected:
            return _passed()
        actual_lines, expected_lines = actual.split("\n"), expected.split("\n")
        same = lambda a, b: a == b
    else:
        actual_lines, expected_lines = _trim(actual.splitlines()), _trim(expected.splitlines())
        same = lambda a, b: _same_line(a, b, ignore_case, numbers)
    if not actual_lines and expected_lines:
        return _failed("check-output-nothing", input, expected=_quote(expected_lines[0]))
    for number, want in enumerate(expected_lines, 1):
        if number > len(actual_lines):
            return _failed("check-output-missing", input, line=number, expected=_quote(want))
        if not same(actual_lines[number - 1], want):
            return _failed(
                "check-output-line",
                input,
                line=number,
                expected=_quote(want),
                actual=_quote(actual_lines[number - 1]),
            )
    if len(actual_lines) > len(expected_lines):
        extra = len(expected_lines)
        return _failed(
            "check-output-extra", input, line=extra + 1, actual=_quote(actual_lines[extra])
        )
    _passed()


def output_is(expected, input=(), *, exact=False, ignore_case=False, numbers=True):
    """The program, given `input` lines, prints `expected`.

    Unless `exact`, spaces at line ends and blank lines at the end are ignored, runs of spaces
    count as one, and numbers compare by value (7 and 7.0 are the same).
    """
    result = run(input)
    if not _program_ran(result, input):
        return
    variants = _variants(expected)
    for other in variants[1:]:
        if _output_matches(result.output, str(other), exact, ignore_case, numbers):
            return _passed()
    _compare_output(result.output, str(variants[0]), input, exact, ignore_case, numbers)


def _output_matches(actual, expected, exact, ignore_case, numbers):
    if exact:
        return actual == expected
    actual_lines, expected_lines = _trim(actual.splitlines()), _trim(expected.splitlines())
    return len(actual_lines) == len(expected_lines) and all(
        _same_line(a, e, ignore_case, numbers) for a, e in zip(actual_lines, expected_lines)
    )


def output_contains(expected, input=(), *, ignore_case=False):
    """The program, given `input` lines, prints `expected` somewhere."""
    result = run(input)
    if not _program_ran(result, input):
        return
    output = result.output.casefold() if ignore_case else result.output
    for wanted in _variants(expected):
        wanted = str(wanted).casefold() if ignore_case else str(wanted)
        if wanted in output:
            return _passed()
    _failed("check-output-contains", input, expected=_quote(str(expected)))


def same_output_as_solution(inputs=((),), *, ignore_case=False, numbers=True):
    """For each list of input lines, the program prints what the reference solution prints."""
    for input in inputs:
        expected = run(input, solution=True)
        if not expected.ok:
            raise AssertionError(f"the reference solution fails with input {list(input)}")
        result = run(input)
        if _program_ran(result, input):
            _compare_output(result.output, expected.output, input, False, ignore_case, numbers)


# --- functions ---------------------------------------------------------------------------------


def _call_text(function, args):
    return f"{function}({', '.join(repr(arg) for arg in args)})"


def _function(name, solution=False):
    """The function `name` defined by the student's code (or the solution), or None."""
    result = run((), solution)
    value = result.variables.get(name)
    return value if callable(value) else None


def _same(actual, expected, tolerance):
    if isinstance(expected, text):
        return any(_same(actual, variant, tolerance) for variant in expected.variants())
    if isinstance(expected, bool) or isinstance(actual, bool):
        return type(actual) is type(expected) and actual == expected
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return _math.isclose(actual, expected, rel_tol=tolerance, abs_tol=tolerance)
    if isinstance(expected, (list, tuple)) and isinstance(actual, type(expected)):
        return len(actual) == len(expected) and all(
            _same(a, e, tolerance) for a, e in zip(actual, expected)
        )
    if isinstance(expected, dict) and isinstance(actual, dict):
        return actual.keys() == expected.keys() and all(
            _same(actual[key], expected[key], tolerance) for key in expected
        )
    return actual == expected


def _call(function, args):
    """Calls `function(*args)`: (returned value, printed text, error or None)."""
    capture = _Capture()
    saved = _sys.stdout, _sys.stderr
    _sys.stdout = _sys.stderr = capture
    try:
        return function(*_copy.deepcopy(args)), capture.text(), None
    except _NeedsInput:
        return None, capture.text(), ("EOFError", "input()", None)
    except _TooMuchOutput:
        return None, "", ("OutputLimit", "", None)
    except Exception as exception:
        return None, capture.text(), (type(exception).__name__, str(exception), _error_line(exception))
    finally:
        _sys.stdout, _sys.stderr = saved


def _student_function(name):
    result = run()
    if result.needs_input or result.too_much_output or result.error is not None:
        _program_ran(result, ())
        return None
    function = _function(name)
    if function is None:
        _failed("check-function-missing", name=name)
    return function


def _check_call(name, function, args, expected, tolerance):
    text = _call_text(name, args)
    value, printed, error = _call(function, args)
    if error is not None:
        kind, message, line = error
        if kind == "TypeError" and ("argument" in message):
            return _failed("check-call-params", call=text, message=message)
        return _failed("check-call-error", call=text, error=kind, message=message)
    if value is None and expected is not None and printed.strip():
        return _failed("check-call-printed", call=text, printed=_quote(printed.strip()))
    if _same(value, expected, tolerance):
        return _passed()
    _failed("check-call-result", call=text, expected=_quote(expected), actual=_quote(value))


def returns(function, args, expected, *, tolerance=1e-6):
    """Calling the student's `function(*args)` returns `expected` (numbers within `tolerance`)."""
    args = args if isinstance(args, tuple) else (args,)
    student = _student_function(function)
    if student is not None:
        _check_call(function, student, args, expected, tolerance)


def same_as_solution(function, cases=(), *, random_cases=None, count=10, tolerance=1e-6):
    """The student's `function` returns what the solution's does, for each of `cases` (tuples of
    arguments) and for `count` cases made by `random_cases(rng)` with a seeded random.Random."""
    cases = [case if isinstance(case, tuple) else (case,) for case in cases]
    if random_cases is not None:
        rng = _random.Random(_state["seed"])
        for _ in range(count):
            case = random_cases(rng)
            cases.append(case if isinstance(case, tuple) else (case,))
    reference = _function(function, solution=True)
    if reference is None:
        raise AssertionError(f"the reference solution does not define {function}()")
    student = _student_function(function)
    if student is None:
        return
    for case in cases:
        expected, _, error = _call(reference, case)
        if error is not None:
            raise AssertionError(f"the reference solution fails for {_call_text(function, case)}")
        before = len(_state["failures"])
        _check_call(function, student, case, expected, tolerance)
        if len(_state["failures"]) > before:
            return


def defines(function, params=None):
    """The code defines a function named `function` (taking `params` parameters, if given)."""
    student = _student_function(function)
    if student is None:
        return
    if params is not None:
        code = getattr(student, "__code__", None)
        if code is not None and code.co_argcount != params:
            names = ", ".join(f"x{number}" for number in range(1, params + 1))
            return _failed("check-call-params", call=f"{function}({names})", message="")
    _passed()


# --- structure ---------------------------------------------------------------------------------


def _tree():
    if _state["tree"] is None:
        import ast

        _state["tree"] = ast.parse(_state["code"])
    return _state["tree"]


def _nodes(*names):
    import ast

    kinds = tuple(getattr(ast, name) for name in names)
    return [node for node in ast.walk(_tree()) if isinstance(node, kinds)]


_CONSTRUCTS = {
    "for": ("For",),
    "while": ("While",),
    "loop": ("For", "While"),
    "if": ("If",),
    "def": ("FunctionDef",),
    "return": ("Return",),
    "list": ("List", "ListComp"),
    "fstring": ("JoinedStr",),
}


def uses(construct):
    """The code uses `construct`: one of for, while, loop, if, def, return, list, fstring."""
    if construct not in _CONSTRUCTS:
        raise AssertionError(f"uses() knows {', '.join(_CONSTRUCTS)}, not {construct!r}")
    if _nodes(*_CONSTRUCTS[construct]):
        _passed()
    else:
        _failed("check-uses", construct=construct)


def _called_names():
    import ast

    names = set()
    for node in _nodes("Call"):
        if isinstance(node.func, ast.Name):
            names.add(node.func.id)
        elif isinstance(node.func, ast.Attribute):
            names.add(node.func.attr)
    return names


def uses_call(name):
    """The code calls `name` (a function or a method, such as `print` or `append`)."""
    if name in _called_names():
        _passed()
    else:
        _failed("check-uses-call", name=name)


def avoids_call(name):
    """The code does not call `name`, e.g. `sum` when the task is to add up in a loop."""
    if name in _called_names():
        _failed("check-avoids-call", name=name)
    else:
        _passed()


# --- the author's own checks -------------------------------------------------------------------


def source():
    """The student's code, as text."""
    return _state["code"]


def numbers_in_code():
    """The numbers the student typed in: (numbers written as numbers, numbers inside texts), so a
    check can tell a computed result from one typed in by hand."""
    import ast
    import re

    numbers, in_texts = [], []
    for node in ast.walk(_tree()):
        if isinstance(node, ast.Constant) and type(node.value) in (int, float):
            numbers.append(node.value)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            for number in re.findall(r"\d+(?:[.,]\d+)?", node.value):
                in_texts.append(float(number.replace(",", ".")))
    return numbers, in_texts


_OPERATORS = {
    "+": "Add", "-": "Sub", "*": "Mult", "/": "Div", "//": "FloorDiv", "%": "Mod", "**": "Pow",
}


def uses_operator(operator):
    """True when the code uses the arithmetic `operator` ("+", "//", "%", …)."""
    name = _OPERATORS.get(operator, operator)
    return any(type(node.op).__name__ == name for node in _nodes("BinOp", "AugAssign"))


def call(function, *args):
    """Calls the student's `function(*args)` and returns its value (None when it fails; the
    failure is recorded)."""
    student = _student_function(function)
    if student is None:
        return None
    value, _, error = _call(student, args)
    if error is not None:
        kind, message, _ = error
        _failed("check-call-error", call=_call_text(function, args), error=kind, message=message)
        return None
    return value


def check(condition, *, lv, en):
    """A check of the author's own: when `condition` is false, the student reads `lv` or `en`."""
    _state["total"] += 1
    if not condition:
        finding = {"key": "check-custom", "args": {}, "text": {"lv": str(lv), "en": str(en)}}
        if len(_state["failures"]) < _MAX_FINDINGS:
            _state["failures"].append(finding)


# --- 3D models -----------------------------------------------------------------------------------
#
# These look at everything the student's program passed to show(), joined into one solid.


def _model():
    """The shown model's facts, or None after recording why there is nothing to check."""
    facts = _state["model"]
    if facts is None:
        _failed("check-model-nothing-shown")
        return None
    if "error" in facts:
        _failed("check-model-broken", message=facts["error"])
        return None
    return facts


def _mm(value):
    return f"{value:.1f}".rstrip("0").rstrip(".") if abs(value) < 1e6 else f"{value:.3g}"


def model_watertight():
    """The model is one closed surface, so a 3D printer can print it."""
    facts = _model()
    if facts is None:
        return
    if facts["watertight"]:
        _passed()
    else:
        _failed("check-model-not-watertight")


def model_volume(min=None, max=None):
    """The model's volume, in cubic millimetres, is at least `min` and at most `max`."""
    facts = _model()
    if facts is None:
        return
    volume = facts["volume"]
    if min is not None and volume < min:
        _failed("check-model-volume-small", volume=_mm(volume), min=_mm(min))
    elif max is not None and volume > max:
        _failed("check-model-volume-large", volume=_mm(volume), max=_mm(max))
    else:
        _passed()


def model_size(x=None, y=None, z=None, *, tolerance=0.5):
    """The model's width (x), depth (y) and height (z) in millimetres: each a number (within
    `tolerance`) or a range (low, high); left out, not checked."""
    facts = _model()
    if facts is None:
        return
    for axis, wanted, actual in zip("xyz", (x, y, z), facts.get("size", (0, 0, 0))):
        if wanted is None:
            continue
        low, high = wanted if isinstance(wanted, (tuple, list)) else (wanted - tolerance, wanted + tolerance)
        if actual < low - 1e-9:
            _failed("check-model-size-small", axis=axis, size=_mm(actual), low=_mm(low), high=_mm(high))
            return
        if actual > high + 1e-9:
            _failed("check-model-size-large", axis=axis, size=_mm(actual), low=_mm(low), high=_mm(high))
            return
    _passed()


def model_fits_bed(width=200, depth=200, height=200):
    """The model stands on the print bed (its lowest point at z = 0) and fits on it."""
    facts = _model()
    if facts is None:
        return
    bottom = facts["min"][2]
    if abs(bottom) > 0.01:
        _failed("check-model-not-on-bed", z=_mm(bottom))
        return
    size = facts["size"]
    if size[0] > width or size[1] > depth or size[2] > height:
        _failed(
            "check-model-too-big-for-bed",
            size=" × ".join(_mm(value) for value in size),
            bed=" × ".join(_mm(value) for value in (width, depth, height)),
        )
        return
    _passed()


def model_holes(count):
    """The model has `count` holes going right through it (a ring has 1, a pretzel 3)."""
    facts = _model()
    if facts is None:
        return
    holes = facts["holes"]
    if holes is None:
        _failed("check-model-not-watertight")
    elif holes != count:
        _failed("check-model-holes", expected=count, actual=holes)
    else:
        _passed()


def model_parts(count):
    """The model is made of `count` separate pieces."""
    facts = _model()
    if facts is None:
        return
    if facts["parts"] != count:
        _failed("check-model-parts", expected=count, actual=facts["parts"])
    else:
        _passed()


class _Quiet:
    """Swallows what the student's program prints while a check runs it again."""

    def write(self, text):
        return len(text)

    def flush(self):
        pass


def shown_model(params=None):
    """Runs the student's program again, hiding what it prints, with the parameters in `params`
    (name → value; the others at their defaults). Returns `(model, names)`: everything it passed to
    show() joined into one solid (None when it shows nothing or fails), and the names of the
    parameters it declared, in order."""
    import darbnica
    import sys

    values = params or {}
    shown, names = [], []

    def param(name, default, *args, **options):
        names.append(name)
        return values.get(name, default)

    real = darbnica.param, darbnica.show
    darbnica.param = param
    darbnica.show = lambda *solids, **options: shown.extend(solids)
    printing = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = _Quiet()
    try:
        exec(_state["code"], {"__name__": "__main__"})
    except Exception:
        shown.clear()
    finally:
        sys.stdout, sys.stderr = printing
        darbnica.param, darbnica.show = real
    return (darbnica.union(*shown) if shown else None), names
