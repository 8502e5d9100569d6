use super::*;

const ALL: [Flavor; 5] = [
    Flavor::Gatsby,
    Flavor::Hugo,
    Flavor::Jekyll,
    Flavor::Zola,
    Flavor::None,
];

#[test]
fn plain_text_escapes_what_markdown_would_change() {
    for flavor in ALL {
        let p = |t: &str| plain(t, flavor);
        assert_eq!(p("Box<T>"), "Box\\<T>");
        assert_eq!(p("a < b, </x>"), "a < b, \\</x>");
        assert_eq!(p("*bold* and `code`"), "\\*bold\\* and \\`code\\`");
        assert_eq!(p("[link](x)"), "\\[link\\](x)");
        assert_eq!(p("a | b"), "a \\| b");
        assert_eq!(p("_em_ snake_case"), "\\_em\\_ snake_case");
        assert_eq!(p("ends with \\"), "ends with \\\\");
        assert_eq!(p("C:\\Users \\*"), "C:\\Users \\\\\\*");
        assert_eq!(p("~~gone~~ ~1"), "\\~\\~gone\\~\\~ ~1");
        assert_eq!(p("&amp; &#123; & AT&T"), "&amp;amp; &amp;#123; & AT&T");
    }
}

#[test]
fn plain_text_escapes_block_markers_at_line_start() {
    let p = |t: &str| plain(t, Flavor::Gatsby);
    assert_eq!(p("# not a heading"), "\\# not a heading");
    assert_eq!(p("#hashtag"), "\\#hashtag");
    assert_eq!(p("> quote"), "\\> quote");
    assert_eq!(p("- item\n+ item"), "\\- item\n\\+ item");
    assert_eq!(p("2024. year"), "2024\\. year");
    assert_eq!(p("a # b - c 1. d"), "a # b - c 1. d");
    assert_eq!(p("-1 and 3.5"), "-1 and 3.5");
}

#[test]
fn korean_stays_as_typed() {
    for flavor in ALL {
        let text = "러스트 스터디 3기: 소유권과 수명, 그리고 트레이트";
        assert_eq!(plain(text, flavor), text);
        assert_eq!(markdown(text, flavor), text);
    }
}

#[test]
fn plain_text_breaks_each_engines_template_syntax() {
    let text = "{{< figure >}} {{% x %}} {{ x }} {% if %}";
    assert_eq!(plain(text, Flavor::Gatsby), text);
    assert_eq!(plain(text, Flavor::None), text);
    assert_eq!(
        plain(text, Flavor::Hugo),
        "{\\{< figure >}} {\\{% x %}} {{ x }} {% if %}"
    );
    assert_eq!(
        plain(text, Flavor::Jekyll),
        "&#123;{< figure >}} &#123;&#123;% x %}} &#123;{ x }} &#123;% if %}"
    );
    assert_eq!(
        plain(text, Flavor::Zola),
        "{\\{< figure >}} {\\{\\% x %}} {\\{ x }} {\\% if %}"
    );
    assert_eq!(plain("$$x$$ $5", Flavor::Jekyll), "\\$\\$x\\$\\$ $5");
    assert_eq!(plain("$$x$$", Flavor::Hugo), "$$x$$");
}

#[test]
fn markdown_is_kept_for_gatsby_and_none() {
    let text = "a | b\n\n{{< x >}} {{% y %}} {{ z }} {% if %}\n\n```\n|\n```\n*bold*";
    assert_eq!(markdown(text, Flavor::Gatsby), text);
    assert_eq!(markdown(text, Flavor::None), text);
}

#[test]
fn jekyll_pipes_are_escaped_outside_code() {
    let text = "a | b\n`x | y` c | d\n\\| kept\n```\nfenced | pipe\n```\n~~~\n|\n~~~\nlast|";
    assert_eq!(
        markdown(text, Flavor::Jekyll),
        "a \\| b\n`x | y` c \\| d\n\\| kept\n```\nfenced | pipe\n```\n~~~\n|\n~~~\nlast\\|"
    );
    assert_eq!(markdown("`` a|` `` |", Flavor::Jekyll), "`` a|` `` \\|");
    assert_eq!(markdown("` open | x", Flavor::Jekyll), "` open \\| x");
}

#[test]
fn jekyll_liquid_is_kept_from_running() {
    assert_eq!(markdown("no liquid", Flavor::Jekyll), "no liquid");
    assert_eq!(
        markdown("{{ x }} and {% if %}", Flavor::Jekyll),
        "{% raw %}{{ x }} and {% if %}{% endraw %}"
    );
    assert_eq!(
        markdown("a {% endraw %} b {%- endraw -%}", Flavor::Jekyll),
        "{% raw %}a {% endraw %}{{ \"{%\" }}{% raw %} endraw %} b \
         {% endraw %}{{ \"{%\" }}{% raw %}- endraw -%}{% endraw %}"
    );
}

#[test]
fn hugo_shortcodes_take_hugos_escape() {
    let h = |t: &str| markdown(t, Flavor::Hugo);
    assert_eq!(
        h("{{< figure src=\"x\" >}}"),
        "{{</* figure src=\"x\" */>}}"
    );
    assert_eq!(h("`{{% x %}}` and {{ y }}"), "`{{%/* x */%}}` and {{ y }}");
    assert_eq!(h("{{</* shown */>}}"), "{{</*/* shown */*/>}}");
    assert_eq!(h("{{{< x >}}"), "{{{</* x */>}}");
    assert_eq!(h("open {{< never"), "open {\\{< never");
    assert_eq!(h("a | b {% if %}"), "a | b {% if %}");
}

#[test]
fn zola_shortcodes_take_zolas_escape() {
    let z = |t: &str| markdown(t, Flavor::Zola);
    assert_eq!(z("{{ youtube(id=1) }}"), "{{/* youtube(id=1) */}}");
    assert_eq!(
        z("{{ yt(id='a', x=[1, 2.5], on=true) }} {{x()}}"),
        "{{/* yt(id='a', x=[1, 2.5], on=true) */}} {{/*x()*/}}"
    );
    assert_eq!(
        z("{% quote(by=\"김\") %}\n인용\n{% end %}"),
        "{%/* quote(by=\"김\") */%}\n인용\n{%/* end */%}"
    );
    // Not shortcodes to Zola: left as they are.
    for text in [
        "{{ x }}",
        "{{ f(x) }}",
        "{% quote() %} no end",
        "{% if %}",
        "a | b",
    ] {
        assert_eq!(z(text), text);
    }
}

#[test]
fn a_table_cell_holds_no_block_to_escape() {
    assert_eq!(
        plain_in_cell("1. Intro | *x*", Flavor::Gatsby),
        "1. Intro \\| \\*x\\*"
    );
    assert_eq!(plain_in_cell("# C#", Flavor::Gatsby), "# C#");
}

#[test]
fn a_link_destination_keeps_its_address_and_never_ends_the_link_early() {
    assert_eq!(
        link_destination("https://ko.wikipedia.org/wiki/러스트 (프로그래밍 언어)"),
        "https://ko.wikipedia.org/wiki/러스트%20%28프로그래밍%20언어%29"
    );
    assert_eq!(
        link_destination("https://x.test/a)b?q={{ page }}|$$"),
        "https://x.test/a%29b?q=%7B%7B%20page%20%7D%7D%7C%24%24"
    );
    assert_eq!(
        link_destination("https://doc.rust-lang.org/book/"),
        "https://doc.rust-lang.org/book/"
    );
}
