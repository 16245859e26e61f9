"""Tests for dlviz.data.csv_loader."""

import csv
import io
import os

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dlviz.data import MAX_CLASSES, DataError, Dataset, load_csv


def write(tmp_path, text, name="points.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


# ------------------------------------------------------------------ good files


def test_no_header_string_labels_first_appearance(tmp_path):
    d = load_csv(write(tmp_path, "1,2,b\n3,4.5,a\n-1e1,0,b\n"))
    assert isinstance(d, Dataset)
    np.testing.assert_array_equal(d.X, [[1, 2], [3, 4.5], [-10, 0]])
    assert d.X.dtype == np.float64 and d.y.dtype == np.int64
    assert d.y.tolist() == [0, 1, 0]
    assert d.class_names == ("b", "a")
    assert d.name == "points"


def test_header_and_bounds(tmp_path):
    d = load_csv(write(tmp_path, "x1,x2,label\n100,10,a\n200,30,b\n", name="my data.csv"))
    assert d.name == "my data"
    np.testing.assert_allclose(d.bounds, (95, 205, 9, 31))


def test_zero_span_bounds(tmp_path):
    d = load_csv(write(tmp_path, "5,1,a\n5,3,b\n"))
    np.testing.assert_allclose(d.bounds, (4, 6, 0.9, 3.1))


def test_integer_labels_sorted_numerically(tmp_path):
    d = load_csv(write(tmp_path, "0,0,10\n1,1,2\n2,2,-1\n3,3,2\n"))
    assert d.class_names == ("-1", "2", "10")
    assert d.y.tolist() == [2, 1, 0, 1]


def test_mixed_labels_keep_first_appearance(tmp_path):
    d = load_csv(write(tmp_path, "0,0,10\n1,1,2\n2,2,x\n"))
    assert d.class_names == ("10", "2", "x")
    assert d.y.tolist() == [0, 1, 2]


def test_header_in_other_order_with_extra_columns(tmp_path):
    d = load_csv(write(tmp_path, "Label, id ,X2,x1\nb,7,20,1\na,8,40,3\n"))
    np.testing.assert_array_equal(d.X, [[1, 20], [3, 40]])
    assert d.class_names == ("b", "a") and d.y.tolist() == [0, 1]


def test_unnamed_header_takes_first_three_columns(tmp_path):
    d = load_csv(write(tmp_path, "width,height,kind\n1,2,cat\n3,4,dog\n"))
    np.testing.assert_array_equal(d.X, [[1, 2], [3, 4]])
    assert d.class_names == ("cat", "dog")


@pytest.mark.parametrize("sep", [";", "\t"])
def test_semicolon_and_tab(tmp_path, sep):
    text = sep.join(["x1", "x2", "label"]) + "\n" + sep.join(["1.5", "2", "a"]) + "\n"
    text += sep.join(["3", "-4", "b"]) + "\n"
    d = load_csv(write(tmp_path, text))
    np.testing.assert_array_equal(d.X, [[1.5, 2], [3, -4]])
    assert d.class_names == ("a", "b")


def test_separator_sniffed_from_first_non_blank_line(tmp_path):
    d = load_csv(write(tmp_path, "\ufeff\n  \nx1;x2;label\n1;2;a\n3;4;b\n"))
    np.testing.assert_array_equal(d.X, [[1, 2], [3, 4]])


def test_bom_blank_lines_whitespace_crlf(tmp_path):
    text = "\ufeff\r\nx1,x2,label\r\n\r\n 1 , 2 , a \r\n   \r\n,,\r\n3,4,b\r\n\r\n"
    d = load_csv(write(tmp_path, text))
    np.testing.assert_array_equal(d.X, [[1, 2], [3, 4]])
    assert d.class_names == ("a", "b")


def test_old_mac_line_endings(tmp_path):
    d = load_csv(write(tmp_path, "1,2,a\r3,4,b\r"))
    assert d.y.tolist() == [0, 1]


def test_quoted_fields(tmp_path):
    d = load_csv(write(tmp_path, 'x1,x2,label\n"1.5", "2","red, dark"\n3,4,"say ""hi"""\n'))
    np.testing.assert_array_equal(d.X, [[1.5, 2], [3, 4]])
    assert d.class_names == ("red, dark", 'say "hi"')


def test_quoted_newline_keeps_line_numbers(tmp_path):
    path = write(tmp_path, '1,2,"a\nb"\n3,4,c\n5,x,c\n')
    with pytest.raises(DataError, match="line 4: x2 'x' is not a number"):
        load_csv(path)


def test_utf8_labels(tmp_path):
    d = load_csv(write(tmp_path, "1,2,chat\n3,4,çà\n5,6,猫\n"))
    assert d.class_names == ("chat", "çà", "猫")


def test_max_rows_exactly_reached_is_fine(tmp_path):
    d = load_csv(write(tmp_path, "x1,x2,label\n1,2,a\n3,4,b\n5,6,a\n"), max_rows=3)
    assert len(d.y) == 3


def test_arrays_read_only(tmp_path):
    d = load_csv(write(tmp_path, "1,2,a\n3,4,b\n"))
    assert not d.X.flags.writeable and not d.y.flags.writeable


def test_bad_max_rows_argument(tmp_path):
    with pytest.raises(ValueError, match="max_rows"):
        load_csv(write(tmp_path, "1,2,a\n3,4,b\n"), max_rows=0)


# ------------------------------------------------------------------ bad files


def expect_error(path, *fragments, **kwargs):
    with pytest.raises(DataError) as info:
        load_csv(path, **kwargs)
    message = str(info.value)
    for fragment in fragments:
        assert fragment in message, message
    return info.value


def test_missing_path(tmp_path):
    err = expect_error(tmp_path / "nope.csv", "not found", "nope.csv")
    assert err.line is None


def test_directory(tmp_path):
    expect_error(tmp_path, "is a directory")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read anything")
def test_unreadable(tmp_path):
    path = write(tmp_path, "1,2,a\n3,4,b\n")
    path.chmod(0)
    try:
        expect_error(path, "cannot read")
    finally:
        path.chmod(0o600)


def test_unreadable_reported_as_data_error(tmp_path, monkeypatch):
    # Root ignores chmod, so also simulate the OSError that open() would raise.
    path = write(tmp_path, "1,2,a\n3,4,b\n")
    real_open = open

    def fake_open(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", fake_open)
    expect_error(path, "points.csv", "cannot read the file: Permission denied")


def test_empty_file(tmp_path):
    expect_error(write(tmp_path, ""), "empty")


def test_blank_lines_only(tmp_path):
    expect_error(write(tmp_path, "\n  \n\n"), "no data rows")


def test_header_only(tmp_path):
    expect_error(write(tmp_path, "x1,x2,label\n\n"), "header but no data rows")


def test_single_class(tmp_path):
    expect_error(write(tmp_path, "1,2,a\n3,4,a\n"), "needs at least 2 classes, found 1: 'a'")


def test_too_many_classes(tmp_path):
    rows = [f"{i},{i},c{i}" for i in range(MAX_CLASSES + 2)]
    err = expect_error(write(tmp_path, "x1,x2,label\n" + "\n".join(rows) + "\n"), "line 10:", "'c8'", "at most 8")
    assert err.line == 10


def test_too_many_integer_classes_points_at_first_extra(tmp_path):
    rows = [f"0,0,{v}" for v in (5, 5, 1, 2, 3, 4, 6, 7, 8, 0, 9)]
    expect_error(write(tmp_path, "\n".join(rows)), "line 10:", "label '0'")


def test_non_numeric(tmp_path):
    text = "x1,x2,label\n" + "1,2,a\n" * 5 + "3,abc,b\n"
    err = expect_error(write(tmp_path, text), "line 7: x2 'abc' is not a number")
    assert err.line == 7


def test_non_numeric_x1_on_first_line(tmp_path):
    expect_error(write(tmp_path, "oops,2,a\n3,4,b\n"), "line 1: x1 'oops' is not a number")


@pytest.mark.parametrize("value", ["nan", "NaN", "inf", "-inf", "1e999"])
def test_not_finite(tmp_path, value):
    text = f"1,2,a\n\n3,{value},b\n"
    expect_error(write(tmp_path, text), f"line 3: x2 '{value}' is not a finite number")


@pytest.mark.parametrize("value", ["1.7e308", "-2e15"])
def test_too_large(tmp_path, value):
    expect_error(write(tmp_path, f"x1,x2,label\n0,0,a\n{value},1,b\n"), f"line 3: x1 '{value}' is too large")


def test_largest_allowed_values(tmp_path):
    d = load_csv(write(tmp_path, "-1e15,0,a\n1e15,0,b\n"))
    assert np.all(np.isfinite(d.bounds))
    np.testing.assert_allclose(d.bounds[:2], (-1.1e15, 1.1e15))


def test_empty_label(tmp_path):
    expect_error(write(tmp_path, "1,2,a\n3,4, \n"), "line 2: the label is empty")


def test_empty_label_on_first_row(tmp_path):
    expect_error(write(tmp_path, "1,2,\n3,4,b\n"), "line 1: the label is empty")


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("1,2\n3,4\n", "line 1: found 2 fields, expected 3"),
        ("\n1\n", "line 2: found 1 field, expected 3"),
        ("1,2,a,b\n", "line 1: found 4 fields, expected 3"),
        ("a,b,c,d\n1,2,x,y\n", "line 1: found 4 fields, expected 3"),
    ],
)
def test_wrong_column_count(tmp_path, text, fragment):
    expect_error(write(tmp_path, text), fragment)


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("1,2,a\n3,4,b\n5,6\n", "line 3: found 2 fields, expected 3"),
        ("1,2,a\n\n3,4,b,9\n", "line 3: found 4 fields, expected 3"),
        ("x1,label,x2,id\n1,a,2,9\n3,b,4\n", "line 3: found 3 fields, expected 4"),
    ],
)
def test_ragged_rows(tmp_path, text, fragment):
    expect_error(write(tmp_path, text), fragment)


def test_duplicate_header_column(tmp_path):
    expect_error(write(tmp_path, "x1,x2,label,x1\n1,2,a,3\n"), "line 1:", "'x1' more than once")


@pytest.mark.parametrize(
    "data, line, column",
    [
        (b"1,2,a\n3,4,\xff\n", 2, 5),
        (b"x1,x2,label\n1,2,caf\xe9\n3,4,b\n", 2, 8),
        (b"1,2,a\n" * 20000 + b"3,4,\xc3\n", 20001, 5),  # past the first read chunk
        (b"1,2,a\n3,4,\xe2\x82", 2, 5),  # truncated at end of file
    ],
    ids=["invalid-byte", "latin-1", "second-read-chunk", "truncated-at-eof"],
)
def test_not_utf8(tmp_path, data, line, column):
    err = expect_error(write(tmp_path, data), f"line {line}:", "not valid UTF-8", f"byte {column} of the line")
    assert err.line == line


def test_utf8_error_split_across_read_chunks(tmp_path):
    # A valid 3-byte lead held back at a 64 KiB boundary, then a bad byte.
    head = b"1,2,a\n" * 10922 + b"1,2"  # 65535 bytes
    data = head + b"\xe2" + b"x\n3,4,b\n"
    err = expect_error(write(tmp_path, data), "line 10923:", "byte 0xe2 is byte 4 of the line")
    assert err.line == 10923


def test_nul_byte(tmp_path):
    expect_error(write(tmp_path, b"1,2,a\n3,4\x00,b\n"), "line 2:")


def test_over_max_rows(tmp_path):
    text = "x1,x2,label\n" + "".join(f"{i},{i},{i % 2}\n" for i in range(10))
    err = expect_error(write(tmp_path, text), "line 5:", "more than 3 data rows", "limit is 3", max_rows=3)
    assert err.line == 5


def test_only_data_error_escapes_on_garbage(tmp_path):
    for data in (b"\x00\x01\x02", b'"unterminated\n1,2,a', b"\xff\xfe\x00\x00", b",,,\n;;;\n"):
        with pytest.raises(DataError):
            load_csv(write(tmp_path, data))


def test_data_error_is_value_error():
    assert issubclass(DataError, ValueError)


# ------------------------------------------------------------------ round trip

finite = st.floats(min_value=-1e15, max_value=1e15, allow_nan=False, allow_infinity=False)
word = st.text(
    alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs")),
    min_size=1,
    max_size=8,
).filter(lambda s: s == s.strip() and s.lstrip("+-").isdigit() is False)
labels_pool = st.one_of(
    st.lists(word, min_size=2, max_size=MAX_CLASSES, unique=True),
    st.lists(st.integers(-1000, 1000).map(str), min_size=2, max_size=MAX_CLASSES, unique=True),
)


@st.composite
def csv_tables(draw):
    pool = draw(labels_pool)
    n = draw(st.integers(len(pool), 40))
    labels = pool + draw(st.lists(st.sampled_from(pool), min_size=n - len(pool), max_size=n - len(pool)))
    labels = draw(st.permutations(labels))
    xs = draw(st.lists(st.tuples(finite, finite), min_size=n, max_size=n))
    header = draw(st.booleans())
    return xs, labels, header


@settings(max_examples=60, deadline=None)
@given(table=csv_tables())
def test_round_trip(tmp_path_factory, table):
    xs, labels, header = table
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    if header:
        writer.writerow(["x1", "x2", "label"])
    writer.writerows((repr(a), repr(b), lab) for (a, b), lab in zip(xs, labels))
    path = tmp_path_factory.mktemp("rt") / "round.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")

    d = load_csv(path)

    np.testing.assert_array_equal(d.X, np.array(xs, dtype=float).reshape(-1, 2))
    assert [d.class_names[k] for k in d.y] == labels
    assert d.n_classes == len(set(labels))
    if all(lab.lstrip("-").isdigit() for lab in labels):
        assert [int(c) for c in d.class_names] == sorted(int(c) for c in set(labels))
    else:
        assert list(d.class_names) == list(dict.fromkeys(labels))


# ------------------------------------------------------------------ loading from the GUI's thread


def test_a_fifo_is_refused_before_it_is_opened(tmp_path):
    """Opening a FIFO blocks until a writer comes: the GUI's busy cursor stayed for ever."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(DataError, match="not a regular file"):
        load_csv(fifo)


def test_a_huge_line_is_refused_without_parsing_it(tmp_path):
    from dlviz.data.csv_loader import MAX_LINE_CHARS

    path = write(tmp_path, "1,2,a\n" + "1," * (MAX_LINE_CHARS // 2 + 10) + "b\n")
    with pytest.raises(DataError, match=r"line 2: the line is longer than"):
        load_csv(path)


def test_should_stop_cancels_a_long_load(tmp_path):
    from dlviz.data import LoadCancelled

    path = write(tmp_path, "".join(f"{i},{i % 7},{i % 2}\n" for i in range(20_000)))
    calls = []

    def stop():
        calls.append(1)
        return len(calls) >= 2  # the second look says stop

    with pytest.raises(LoadCancelled):
        load_csv(path, should_stop=stop)
    assert len(calls) == 2
    assert len(load_csv(path).y) == 20_000  # without a stop, the same file loads
