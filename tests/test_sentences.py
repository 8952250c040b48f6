from hypothesis import given, settings
from hypothesis import strategies as st

from aidledger.sentences import split_clauses, split_sentences


def spans(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_abbreviations_do_not_split():
    text = "The U.S. Defense Department sent 4 HIMARS. Lt. Col. Jane Doe said so on Oct. 11 in Washington, D.C. today."
    assert spans(text) == ["The U.S. Defense Department sent 4 HIMARS.",
                           "Lt. Col. Jane Doe said so on Oct. 11 in Washington, D.C. today."]


def test_a_models_designation_does_not_split():
    text = "Prague sent 4 ShKH vz. 77 Dana howitzers. Warsaw added 100 AK wz. 1996 rifles."
    assert spans(text) == ["Prague sent 4 ShKH vz. 77 Dana howitzers.", "Warsaw added 100 AK wz. 1996 rifles."]


def test_a_transcript_speakers_abbreviated_title_does_not_split():
    text = "SEC. LARSEN: We will look at it. AMB. ORTIZ: Not now."
    assert spans(text) == ["SEC. LARSEN: We will look at it.", "AMB. ORTIZ: Not now."]


def test_lines_are_sentences():
    text = "Packages announced:\nNorway: 2 boats\n\nSpain: 6 howitzers"
    assert spans(text) == ["Packages announced:", "Norway: 2 boats", "Spain: 6 howitzers"]


def test_quote_then_capital():
    text = "“They have arrived!,” the ministry posted.“Top machines.” Then more."
    assert len(spans(text)) >= 2


def test_clauses_split_on_semicolon_and_while():
    text = "Britain sent tanks; Poland sent guns, while Spain sent trucks."
    (s, e), = split_sentences(text)
    assert [text[a:b] for a, b in split_clauses(text, s, e)] == [
        "Britain sent tanks", "; Poland sent guns", ", while Spain sent trucks."]


@given(st.text())
def test_spans_are_inside_and_ordered(text):
    prev = 0
    for s, e in split_sentences(text):
        assert prev <= s < e <= len(text)
        prev = e
        for a, b in split_clauses(text, s, e):
            assert s <= a < b <= e


def test_sentence_ends():
    text = 'He said: "Go." "Yes!" they cried... Then 3 more.\nNext line\n\n\nLast? no. "Quoted" end. (Aside.) Done'
    assert [text[s:e] for s, e in split_sentences(text)] == [
        'He said: "Go."', '"Yes!" they cried...', 'Then 3 more.', 'Next line', 'Last? no. "Quoted" end.',
        '(Aside.)', 'Done']


def test_run_together_sentences_split_but_abbreviations_and_domains_stay():
    text = "The package was signed, the agency reported.The minister said 10 tanks arrived."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "The package was signed, the agency reported.", "The minister said 10 tanks arrived."]
    for whole in ("See aljazeera.com for more.", "The U.S.Army sent tanks.", "Mr.Smith spoke."):
        assert [whole[s:e] for s, e in split_sentences(whole)] == [whole]


def test_bullet_signs_inside_a_line_end_its_items():
    text = "🔹 Norway: 2 NASAMS launchers 🔹 Denmark: 19 Caesar howitzers 🔹 Canada: 4 Leopard 2 tanks"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "🔹 Norway: 2 NASAMS launchers", "🔹 Denmark: 19 Caesar howitzers", "🔹 Canada: 4 Leopard 2 tanks"]


def test_a_sign_before_a_lower_case_word_marks_the_item_it_follows():
    for text in ("From Poland – 14 units of tanks PT-91 ✅ already in the brigades.",
                 "Sweden: 8 Archer guns ✔ handed over in May", "Latvia – 2 radars ✅ delivered, 4 more ➡ coming"):
        assert spans(text) == [text]
    # and in the same post an item after a sign still opens its own entry
    assert spans("Denmark: 3 tanks ✅ handed over ✅ Norway: 2 launchers") == [
        "Denmark: 3 tanks ✅ handed over", "✅ Norway: 2 launchers"]


def test_a_flag_after_a_stop_opens_the_next_entry_of_a_post():
    text = "🇨🇦 Canada: 20 Senator vehicles are on their way. 🇳🇴 Norway: two launchers delivered ✅"
    assert spans(text) == ["🇨🇦 Canada: 20 Senator vehicles are on their way.", "🇳🇴 Norway: two launchers delivered ✅"]


def test_a_stop_inside_a_bracket_that_closes_later_ends_no_sentence():
    text = "Italy (appr. 20 guns) and Spain (about 12 pcs. of M113) will send armour. Poland too."
    assert spans(text) == ["Italy (appr. 20 guns) and Spain (about 12 pcs. of M113) will send armour.", "Poland too."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["(", ")", ".", " ", "\n", "a", "A."]), max_size=30).map("".join), st.data())
def test_a_line_read_stop_by_stop_is_the_line_read_from_the_start(text, data):
    # the stops of a text read left to right give the same line start and open brackets as reading the
    # text before each stop from its start
    from aidledger.sentences import _Line

    line = _Line(text)
    dots = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=8)))
    for dot in dots:
        start = text.rfind("\n", 0, dot) + 1
        assert line.at(dot) == start
        assert line.opened == text.count("(", start, dot) - text.count(")", start, dot)


def test_a_long_text_without_line_breaks_is_split_in_linear_time():
    # each stop reads only the text since the stop before: 40 times the text, not 1,600 times the time
    import time

    def cost(n):
        text = " ".join(f"Poland (the donor) sent {i} tanks. It said so." for i in range(n))
        t = time.process_time()
        split_sentences(text)
        return time.process_time() - t

    small, large = min(cost(250) for _ in range(3)), min(cost(10_000) for _ in range(3))
    assert large < 200 * max(small, 1e-4)
