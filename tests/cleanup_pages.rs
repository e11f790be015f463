//! Cleanup on real pages: labelled promo markers are gone from the cleaned page, labelled article
//! snippets stay, and cleaning the cleaned page removes nothing more. Pages and strings come
//! from Readability's test corpus and our hand labels (`labels-dev.json`); see
//! tests/fixtures/readability/NOTICE.
//!
//! The cleaned page is read back with the crate's own scanner: its visible text runs (scripts,
//! styles, hidden templates and `<head>` left out), compared with all white space removed so that
//! a marker spanning inline elements matches however the runs were joined.

use reader_cleanup::scan::{flag, scan};
use reader_cleanup::{process, Options};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/readability/{name}.html", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Visible text of a page, white space removed.
fn visible(html: &str) -> String {
    let page = scan(html).expect("the cleaned page scans");
    let mut out = String::new();
    for r in &page.runs {
        let n = &page.nodes[r.node as usize];
        if n.has(flag::NON_TEXT) || n.has(flag::IN_HEAD) {
            continue;
        }
        out.push_str(&squash(page.run_text(r)));
    }
    out
}

/// Cleans `name` and checks every marker is gone and every snippet is kept.
fn check(name: &str, gone: &[&str], kept: &[&str]) {
    let bytes = fixture(name);
    let before = visible(&String::from_utf8_lossy(&bytes));
    let out = process(&bytes, &Options { html: true, ..Options::default() }).expect("the page is processed");
    let html = String::from_utf8(out.html.expect("cleaned html")).expect("utf-8 output");
    let after = visible(&html);
    for m in gone {
        assert!(before.contains(&squash(m)), "{name}: marker not on the page at all: {m}");
        assert!(!after.contains(&squash(m)), "{name}: promo marker survived: {m}");
    }
    for s in kept {
        assert!(after.contains(&squash(s)), "{name}: article text removed: {s}");
    }
    // cleaning the cleaned page removes nothing more
    let again = process(html.as_bytes(), &Options::default()).expect("the cleaned page is processed");
    let more: Vec<_> = again.report.removed.iter().map(|r| (&r.reason, &r.text)).collect();
    assert!(more.is_empty(), "{name}: a second cleaning removed {more:?}");
}

#[test]
fn lemonde_share_follow_and_subscribe_blocks_go() {
    check(
        "lemonde-1",
        &[
            "Suivre le Monde sur Twitter @lemondefr Suivre @lemondefr",
            "Suivre ce journaliste sur twitter",
            "La loi sur le renseignement expliquée en patates",
            "Profitez du journal où et quand vous voulez.",
            "Suivez-nous Facebook Twitter Google+ Mobile RSS",
        ],
        &[
            "Dans un souci d'apaisement, François Hollande avait annoncé par avance qu'il saisirait les Sages.",
            "Ce recours juridictionnel est une nouveauté dans le monde du renseignement.",
            "En pratique, les services de renseignement pourraient installer chez les FAI une « boîte noire » surveillant le trafic.",
            "Aucune mesure de rétorsion ne pourra viser l’agent qui aurait dénoncé des actes potentiellement illégaux.",
        ],
    );
}

#[test]
fn tmz_sidebar_widgets_go() {
    // Known miss: the "WHAT'S ON TODAY'S SHOW" TV-schedule widget (no promo word, no list).
    check(
        "tmz-1",
        &[
            "Robert Durst Arrested with Latex Mask In Apparent Attempt to Change Identity",
            "See also French Laundry -- $300,000 Worth of Wine Stolen",
            "Get TMZ Breaking News alerts to your inbox",
            "Around The Web",
            "Model Rosalind Lipsett Explains Why There Are So Many Irish People In America!",
            "Patrick Schwarzenegger -- Party in the C.A.B.O.",
            "Little Women: L.A. Star Terra Jole Welcomes First Child",
        ],
        &[
            "Lupita Nyong'o's now-famous Oscar dress",
            "The dress is made of pearls ... 6,000 white Akoya pearls.",
            "Sheriff's deputies were at The London Thursday morning.",
            "we're told they have looked at security footage to determine if they can ID the culprit.",
        ],
    );
}

#[test]
fn wapo_rails_and_hidden_banners_go() {
    // Known miss: the "Our Online Games" rail module.
    check(
        "wapo-2",
        &[
            "Share on Facebook Share on Twitter Share on LinkedIn Share via Email",
            "Most Read Business",
            "The Most Popular All Over The Dodo",
            "Every story. Every feature. Every insight. Yours for as low as JUST 99¢!",
            "You might also like: Name of Related Newsletter (daily)",
            // a follow button known by its link to the network
            "Follow @StevenMufson",
        ],
        &[
            "In 1991, when Prime Minister Yitzhak Shamir opposed the Madrid peace talks, President George H.W. Bush held back loan guarantees",
            "White House press secretary Josh Earnest told reporters aboard Air Force One.",
            "The second test — talks with Palestinians — could be even more difficult.",
            "Israel, which controls tax receipts, has pledged to punish the Palestinian Authority by freezing its tax revenue.",
        ],
    );
}

#[test]
fn liberation_sidebar_feed_and_share_bar_go_story_stays() {
    check(
        "liberation-1",
        &[
            "Sur le même sujet Reportage A Katmandou, exode sous pression",
            "Recevoir la newsletter L'actu Libé tous les matins par email",
            "En Islande, tuer un Basque est désormais interdit",
            "Une jupe pas très «laïque» provoque l'exclusion d'une collégienne",
            "Vidéos les plus vues",
            "A la une de Libération",
            "Le quotidien chaque jour chez vous Libé sur iPhone, iPad et Android",
        ],
        &[
            "«Pour certains d’entre eux on est très interrogatif», a ajouté Laurent Fabius.",
            "Des psychologues, une équipe médicale et des personnels du centre de crise du Quai d’Orsay les attendent.",
            "Environ 400 Français ont demandé à être rapatriés dans les vols mis en place par la France.",
            "Des dizaines de milliers de personnes sont sans abri.",
        ],
    );
    // the share bar's network names are gone with it
    let out = process(&fixture("liberation-1"), &Options { html: true, ..Options::default() }).unwrap();
    let html = String::from_utf8(out.html.unwrap()).unwrap();
    assert!(!visible(&html).contains(&squash("Facebook :Facebook Twitter :Twitter")));
}

#[test]
fn herald_sun_footer_promos_go_story_stays() {
    check(
        "herald-sun-1",
        &[
            "Subscribe now to access Herald Sun.",
            // the title over a list of teaser cards goes with the list
            "Other Opinion Columns",
            "Most Popular Stories Wife’s fury at hubby’s million dollar gamble",
            "Follow Us facebook twitter instagram google+ email",
        ],
        &[
            "The roadshow featured the Prime Minister’s national security adviser, Andrew Shearer",
            "The Press Council is concerned the laws would crush investigative journalism.",
            "That is a ridiculous approach.",
            "Memories of the grief Conroy brought down on his head would undoubtedly make Abbott sit up and take notice.",
        ],
    );
}

#[test]
fn wordpress_related_posts_and_like_button_go_story_stays() {
    // Jetpack's related posts inside the story's element: linked headlines over excerpts, which
    // are prose to the other tests
    check(
        "wordpress",
        &[
            "Stack Overflow Survey Results Show WordPress is Trending Up, Despite Being Ranked Among Most Dreaded Technologies",
            "Stack Overflow Documentation is Now in Beta",
            "Subscribe to Blog via Email",
            // Jetpack's like button, by its plugin's class name
            "Like this: Like Loading...",
        ],
        &[
            "Stack Overflow published its analysis of 2017 hiring trends based on the targeting options employers selected when posting to Stack Overflow Jobs.",
            "ranks ReactJS, Docker, and Ansible at the top of the fastest growing skills in demand.",
            "Stack Overflow also measured the demand relative to the available developers in different tech skills.",
        ],
    );
}

#[test]
fn documentation_sections_named_sharing_stay() {
    // Sections whose ids come from their titles ("sharing-with-a-single-developer") are prose.
    check(
        "mercurial",
        &[],
        &[
            "The key to shared mutable history is to keep your changesets in draft phase as you pass them around.",
            "Publishing and non-publishing repositories",
        ],
    );
}

#[test]
fn product_page_tiles_stay() {
    // A page with no story: its feature tiles are the content, not teasers beside a story.
    check(
        "mozilla-1",
        &[],
        &["Make Firefox match your style. Choose from thousands of themes", "Add-ons are like apps that you install to add features to Firefox."],
    );
}
