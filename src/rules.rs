//! The judge's rules, kept as data. Every table here is generic: nothing names a site.
//!
//! Tokens are compared with the words of class, id and data-* values (see
//! `text::name_tokens`): `share` matches `share-bar` and `shareBar`, never `shareholder`.
//! A trailing `*` makes a prefix (`recommend*` matches `recommended`, `recommendations`).

/// What kind of block a rule finds; the reason string names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Recommendation,
    Related,
    MostRead,
    Promo,
    Newsletter,
    Social,
    Sponsored,
    Gallery,
    Subscribe,
    Vendor,
    Teasers,
    Advert,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Recommendation => "recommendation",
            Kind::Related => "related",
            Kind::MostRead => "most-read",
            Kind::Promo => "promo",
            Kind::Newsletter => "newsletter",
            Kind::Social => "social",
            Kind::Sponsored => "sponsored",
            Kind::Gallery => "gallery",
            Kind::Subscribe => "subscribe",
            Kind::Vendor => "widget vendor",
            Kind::Teasers => "teaser list",
            Kind::Advert => "advertising",
        }
    }

    /// Kinds that name a self-contained widget (a sign-up form, a share bar, an ad slot)
    /// rather than a list of stories. These may be taken out of page headers, footers and menus
    /// (which otherwise stay whole) and out of hidden elements, because such a widget is never
    /// navigation and never article text.
    pub fn is_widget(self) -> bool {
        matches!(self, Kind::Newsletter | Kind::Subscribe | Kind::Social | Kind::Promo | Kind::Vendor | Kind::Sponsored | Kind::Advert)
    }
}

/// A table of (phrase, kind) rows stored as one string of phrases and one byte per kind
/// (`phrase_table!`): a slice of `(&str, Kind)` costs twelve bytes of the .wasm per row, for 600
/// rows in three tables, before their text.
/// Other tables of (word, value) rows use it too (month names, entity names).
pub struct PhraseTable<T: 'static = Kind> {
    pub phrases: &'static str,
    pub kinds: &'static [T],
}

impl<T: Copy> PhraseTable<T> {
    /// The rows in table order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, T)> + Clone {
        self.phrases.split_terminator('\u{1f}').zip(self.kinds.iter().copied())
    }
}

/// `PhraseTable` from rows written like a slice's: `phrase_table![("related", Kind::Related), …]`.
#[macro_export]
macro_rules! phrase_table {
    ($(($p:literal, $k:expr)),* $(,)?) => {
        $crate::rules::PhraseTable { phrases: concat!($($p, "\u{1f}"),*), kinds: &[$($k),*] }
    };
}

/// Single class/id tokens that mark a promo block.
pub const BLOCK_TOKENS: PhraseTable = crate::phrase_table![
    ("related", Kind::Related),
    ("recommend*", Kind::Recommendation),
    ("recirc*", Kind::Recommendation),
    ("recircle", Kind::Recommendation),
    ("outbrain", Kind::Vendor),
    ("taboola", Kind::Vendor),
    ("revcontent", Kind::Vendor),
    ("zergnet", Kind::Vendor),
    ("mgid", Kind::Vendor),
    ("ob", Kind::Vendor),
    ("promo", Kind::Promo),
    ("promos", Kind::Promo),
    ("promoted", Kind::Sponsored),
    ("newsletter*", Kind::Newsletter),
    ("trending", Kind::MostRead),
    ("popular", Kind::MostRead),
    ("mostread", Kind::MostRead),
    ("mostpopular", Kind::MostRead),
    ("share", Kind::Social),
    ("sharing", Kind::Social),
    ("sharebar", Kind::Social),
    ("social", Kind::Social),
    ("sns", Kind::Social),
    ("sponsored", Kind::Sponsored),
    ("sponsor", Kind::Sponsored),
    ("teaser", Kind::Teasers),
    ("teasers", Kind::Teasers),
    ("subscribe", Kind::Subscribe),
    ("subscription", Kind::Subscribe),
    ("subscriptions", Kind::Subscribe),
    ("signup", Kind::Newsletter),
    ("optin", Kind::Newsletter),
    ("app", Kind::Promo),
    // call-to-action boxes: "get alerts", "subscribe now", "download the app"
    ("cta", Kind::Promo),
    ("paywall", Kind::Subscribe),
    // ad slots (with their "Advertisement" labels and native-ad teasers)
    ("ad", Kind::Advert),
    ("ads", Kind::Advert),
    ("advert", Kind::Advert),
    ("adverts", Kind::Advert),
    ("advertisement", Kind::Advert),
    ("advertisements", Kind::Advert),
    ("advertising", Kind::Advert),
    ("advertorial", Kind::Advert),
    ("adslot", Kind::Advert),
    ("adunit", Kind::Advert),
    ("dfp", Kind::Advert),
    ("googleads", Kind::Advert),
    ("sponsorship", Kind::Sponsored),
    ("plista", Kind::Vendor),
    ("ligatus", Kind::Vendor),
    ("addthis", Kind::Social),
    // the plural many themes write ("footer-socials", "article-socials")
    ("socials", Kind::Social),
    ("sharethis", Kind::Social),
    ("sharethrough", Kind::Vendor),
    ("abonnement", Kind::Subscribe),
    ("abo", Kind::Subscribe),
    ("offer", Kind::Promo),
    ("offers", Kind::Promo),
    // the same words run together, as many themes and plugins write them ("relatedPosts" is two
    // words, "relatedposts" one): `share*` or `related*` would take "shareholders", "relatedness"
    ("relatedposts", Kind::Related),
    ("relatedarticles", Kind::Related),
    ("relatedstories", Kind::Related),
    ("relatedlinks", Kind::Related),
    ("relatedcontent", Kind::Related),
    ("relatednews", Kind::Related),
    ("relateds", Kind::Related),
    ("readnext", Kind::Related),
    ("upnext", Kind::Related),
    ("populares", Kind::MostRead),
    ("sharebuttons", Kind::Social),
    ("sharebutton", Kind::Social),
    ("sharebtn", Kind::Social),
    ("sharetools", Kind::Social),
    ("sharelinks", Kind::Social),
    ("shareicons", Kind::Social),
    ("sharebox", Kind::Social),
    ("socialshare", Kind::Social),
    // widely used share, related-posts and sign-up plugins, by the class names they ship with:
    // AddToAny ("a2a_kit"), Shareaholic, Shariff, Baidu Share ("bdsharebuttonbox"), bShare, Yet
    // Another Related Posts Plugin ("yarpp-related"), Mailchimp for WordPress ("mc4wp-form"),
    // Jetpack's share and like buttons ("sharedaddy sd-like", "Like this: Like Loading...")
    ("addtoany", Kind::Social),
    ("sharedaddy", Kind::Social),
    ("a2a", Kind::Social),
    ("shareaholic", Kind::Social),
    ("shariff", Kind::Social),
    ("bdshare", Kind::Social),
    ("bdsharebuttonbox", Kind::Social),
    ("bshare", Kind::Social),
    ("yarpp", Kind::Related),
    ("mc4wp", Kind::Newsletter),
    // ad and recommendation vendors: Teads' outstream video slots ("teads-inread", in the story
    // with an "ADVERTISING" label), TrendMD's recommendation widget
    ("teads", Kind::Advert),
    ("trendmd", Kind::Vendor),
    // boxes named for what they promote ("LivePromotion", "crosspromo") or for stories like this
    // one ("similarLinks", "similar-articles")
    ("promotion", Kind::Promo),
    ("promotions", Kind::Promo),
    ("crosspromo", Kind::Promo),
    ("similar", Kind::Related),
    // the share bar in the languages of the phrase tables ("modulo_compartir", "partage")
    ("compartir", Kind::Social),
    ("partage", Kind::Social),
    ("partager", Kind::Social),
    ("teilen", Kind::Social),
    ("condividi", Kind::Social),
    ("compartilhar", Kind::Social),
    // cookie banners ("cookie-notice", "gdpr-banner"; "consent" alone also wraps the story's
    // embedded posts until the reader lets them load: `BLOCK_TOKEN_PAIRS` has "privacy consent")
    ("cookie", Kind::Promo),
    ("cookies", Kind::Promo),
    ("gdpr", Kind::Promo),
];

/// Token pairs (consecutive words of one class/id) that mark a promo block, written "first second".
pub const BLOCK_TOKEN_PAIRS: PhraseTable = crate::phrase_table![
    ("most read", Kind::MostRead),
    ("most popular", Kind::MostRead),
    // the writer's biography under the story ("author-bio", "article-author-bio")
    ("author bio", Kind::Promo),
    ("most viewed", Kind::MostRead),
    ("more stories", Kind::Related),
    ("read more", Kind::Related),
    ("also like", Kind::Recommendation),
    ("you may", Kind::Recommendation),
    ("read next", Kind::Related),
    ("up next", Kind::Related),
    ("photo gallery", Kind::Gallery),
    ("follow us", Kind::Social),
    ("app download", Kind::Promo),
    ("sign up", Kind::Newsletter),
    ("opt in", Kind::Newsletter),
    ("native ad", Kind::Sponsored),
    ("native ads", Kind::Sponsored),
    ("around the", Kind::Recommendation),
    ("from around", Kind::Recommendation),
    ("more news", Kind::Related),
    ("more articles", Kind::Related),
    ("next story", Kind::Related),
    ("next article", Kind::Related),
    ("next post", Kind::Related),
    ("you might", Kind::Recommendation),
    ("top stories", Kind::Related),
    ("email alerts", Kind::Newsletter),
    ("push notifications", Kind::Promo),
    ("social links", Kind::Social),
    ("share tools", Kind::Social),
    ("follow buttons", Kind::Social),
    ("follow button", Kind::Social),
    ("also read", Kind::Related),
    ("partner content", Kind::Sponsored),
    ("suggested articles", Kind::Recommendation),
    ("suggested stories", Kind::Recommendation),
    ("suggested posts", Kind::Recommendation),
    ("privacy consent", Kind::Promo),
];

/// Heading and label phrases, compared after `text::norm`. A heading matches when it starts
/// with the phrase or, for phrases of two words or more, contains it. A phrase marked `^` only
/// matches at the start ("More about …" heads a related box; "Learn more about …" may well be
/// a subheading of the story); one marked `$` only at the end, and only titles (a sponsor's
/// credit ends with "… supported by", before the sponsor's logo).
pub const HEADING_PHRASES: PhraseTable = crate::phrase_table![
    // en
    ("recommended for you", Kind::Recommendation),
    ("recommended", Kind::Recommendation),
    ("recommendations", Kind::Recommendation),
    ("you may also like", Kind::Recommendation),
    ("you might also like", Kind::Recommendation),
    ("you may like", Kind::Recommendation),
    ("you might like", Kind::Recommendation),
    ("around the web", Kind::Recommendation),
    ("from the web", Kind::Recommendation),
    ("promoted stories", Kind::Sponsored),
    ("sponsored stories", Kind::Sponsored),
    ("sponsored content", Kind::Sponsored),
    ("paid content", Kind::Sponsored),
    ("related stories", Kind::Related),
    ("related articles", Kind::Related),
    ("related news", Kind::Related),
    ("related content", Kind::Related),
    ("related coverage", Kind::Related),
    ("related links", Kind::Related),
    ("related", Kind::Related),
    ("more from", Kind::Related),
    ("more on this", Kind::Related),
    ("more stories", Kind::Related),
    ("more news", Kind::Related),
    ("more top stories", Kind::Related),
    ("read more", Kind::Related),
    ("read next", Kind::Related),
    ("read this next", Kind::Related),
    ("what to read next", Kind::Related),
    ("featured stories", Kind::Related),
    ("more coverage", Kind::Related),
    ("up next", Kind::Related),
    ("see also", Kind::Related),
    ("also read", Kind::Related),
    ("read also", Kind::Related),
    ("further reading", Kind::Related),
    ("latest news", Kind::Related),
    ("latest stories", Kind::Related),
    ("top stories", Kind::Related),
    ("editor s picks", Kind::Related),
    ("editors picks", Kind::Related),
    ("most read", Kind::MostRead),
    ("most popular", Kind::MostRead),
    ("most viewed", Kind::MostRead),
    ("most shared", Kind::MostRead),
    ("trending", Kind::MostRead),
    ("popular now", Kind::MostRead),
    ("what s hot", Kind::MostRead),
    ("photo galleries", Kind::Gallery),
    ("photo gallery", Kind::Gallery),
    ("latest photo", Kind::Gallery),
    ("in pictures", Kind::Gallery),
    ("latest videos", Kind::Gallery),
    ("more videos", Kind::Gallery),
    ("newsletter", Kind::Newsletter),
    ("sign up for", Kind::Newsletter),
    ("subscribe to", Kind::Subscribe),
    ("get the app", Kind::Promo),
    ("download the app", Kind::Promo),
    ("follow us", Kind::Social),
    ("share this", Kind::Social),
    ("share on", Kind::Social),
    ("share this article", Kind::Social),
    ("share this story", Kind::Social),
    ("like us on facebook", Kind::Social),
    ("follow us on", Kind::Social),
    ("connect with", Kind::Social),
    ("follow this author", Kind::Social),
    ("follow the author", Kind::Social),
    ("what s trending", Kind::MostRead),
    ("trending now", Kind::MostRead),
    ("from the homepage", Kind::Related),
    ("around the site", Kind::Related),
    ("elsewhere on", Kind::Related),
    ("other stories", Kind::Related),
    ("other articles", Kind::Related),
    ("other people are reading", Kind::Recommendation),
    ("people also read", Kind::Recommendation),
    ("readers also", Kind::Recommendation),
    ("recommended reading", Kind::Recommendation),
    ("more like this", Kind::Recommendation),
    ("picks", Kind::Recommendation),
    ("promoted by", Kind::Sponsored),
    ("sponsored by", Kind::Sponsored),
    ("from our sponsor", Kind::Sponsored),
    ("from our partners", Kind::Sponsored),
    ("advertiser content", Kind::Sponsored),
    ("advertisement", Kind::Advert),
    ("join our newsletter", Kind::Newsletter),
    ("get our newsletter", Kind::Newsletter),
    ("newsletters", Kind::Newsletter),
    ("subscribe now", Kind::Subscribe),
    ("subscribe", Kind::Subscribe),
    // app banners: "Open in app", "Open in the app" (a button over the story on phones)
    ("open in the app", Kind::Promo),
    ("open in app", Kind::Promo),
    ("download our app", Kind::Promo),
    ("get our app", Kind::Promo),
    // the shop and the games a news site runs beside its stories ("Popular Deals on The
    // Inventory", "Today's deals", "Our Online Games"): widgets, so short boxes only. Not "best
    // deals": a shopping story's own sections are headed so ("The best deals on laptops")
    ("popular deals", Kind::Promo),
    ("top deals", Kind::Promo),
    ("today s deals", Kind::Promo),
    ("online games", Kind::Promo),
    ("games and puzzles", Kind::Promo),
    ("puzzles and games", Kind::Promo),
    // related boxes that name their topic ("More about the federal debt", "More on Brexit"):
    // only at the head of a title, where an article's own subheading rarely has them
    ("^more about", Kind::Related),
    ("^more on", Kind::Related),
    ("^more in", Kind::Related),
    ("^latest on", Kind::Related),
    ("more to explore", Kind::Related),
    ("^explore more", Kind::Related),
    ("more headlines", Kind::Related),
    ("top headlines", Kind::Related),
    ("latest headlines", Kind::Related),
    ("next article", Kind::Related),
    ("previous article", Kind::Related),
    ("submit your letter", Kind::Promo),
    ("next story", Kind::Related),
    ("recent posts", Kind::Related),
    ("recent stories", Kind::Related),
    ("recent articles", Kind::Related),
    ("latest posts", Kind::Related),
    ("latest articles", Kind::Related),
    ("don t miss", Kind::Related),
    ("dont miss", Kind::Related),
    ("you may have missed", Kind::Related),
    ("you might have missed", Kind::Related),
    ("in case you missed it", Kind::Related),
    ("suggested for you", Kind::Recommendation),
    ("suggested reading", Kind::Recommendation),
    ("suggested articles", Kind::Recommendation),
    ("suggested stories", Kind::Recommendation),
    ("suggested videos", Kind::Recommendation),
    ("we recommend", Kind::Recommendation),
    ("editor s choice", Kind::Recommendation),
    ("editors choice", Kind::Recommendation),
    ("popular posts", Kind::MostRead),
    ("popular stories", Kind::MostRead),
    ("popular articles", Kind::MostRead),
    ("^popular on", Kind::MostRead),
    ("most commented", Kind::MostRead),
    ("most emailed", Kind::MostRead),
    ("most watched", Kind::MostRead),
    ("slideshows", Kind::Gallery),
    ("slide shows", Kind::Gallery),
    ("more galleries", Kind::Gallery),
    ("more photos", Kind::Gallery),
    ("featured videos", Kind::Gallery),
    ("top videos", Kind::Gallery),
    ("watch next", Kind::Gallery),
    ("sponsored", Kind::Sponsored),
    ("from our sponsors", Kind::Sponsored),
    ("partner content", Kind::Sponsored),
    // sponsor credits end their line: "Seascape: the state of our oceans is supported by [logo]"
    ("$supported by", Kind::Sponsored),
    ("$presented by", Kind::Sponsored),
    ("$brought to you by", Kind::Sponsored),
    ("$in partnership with", Kind::Sponsored),
    ("paid post", Kind::Sponsored),
    ("stay connected", Kind::Social),
    // the comments' teaser under a story: a button to open them, a call to log in. Not the
    // thread itself, which stays ("Comments", a heading over readers' words)
    ("^view comments", Kind::Promo),
    ("^show comments", Kind::Promo),
    ("^load comments", Kind::Promo),
    ("^read comments", Kind::Promo),
    ("^view all comments", Kind::Promo),
    ("logged in to leave a comment", Kind::Promo),
    ("logged in to post a comment", Kind::Promo),
    ("log in to comment", Kind::Promo),
    ("log in to leave a comment", Kind::Promo),
    ("^you must be logged in", Kind::Promo),
    ("^author bio", Kind::Promo),
    ("to join the discussion", Kind::Promo),
    ("to join the discussions", Kind::Promo),
    // reprint and syndication offers under a story
    ("order reprints", Kind::Promo),
    ("reprints and permissions", Kind::Promo),
    ("reprints & permissions", Kind::Promo),
    ("reuse this content", Kind::Promo),
    ("^about the author", Kind::Promo),
    ("using an ad blocker", Kind::Promo),
    ("using an outdated browser", Kind::Promo),
    // cookie banners
    ("we use cookies", Kind::Promo),
    ("we're using cookies", Kind::Promo),
    ("this site uses cookies", Kind::Promo),
    ("this website uses cookies", Kind::Promo),
    ("delivered to your inbox", Kind::Newsletter),
    ("^post a comment", Kind::Promo),
    ("to post a comment", Kind::Promo),
    ("to post comments", Kind::Promo),
    ("login to comment", Kind::Promo),
    // a call for readers' tips, a newsletter named in passing
    ("send us a tip", Kind::Promo),
    ("our free newsletter", Kind::Newsletter),
    ("in your inbox", Kind::Newsletter),
    ("sponsored links", Kind::Sponsored),
    ("^hot on", Kind::MostRead),
    ("^story tools", Kind::Social),
    ("^article tools", Kind::Social),
    ("^add your comment", Kind::Promo),
    // appeals for readers' money under the story
    ("^got a tip", Kind::Promo),
    ("^will you support", Kind::Subscribe),
    ("support our journalism", Kind::Subscribe),
    ("support independent journalism", Kind::Subscribe),
    ("make a contribution", Kind::Subscribe),
    ("also on the web", Kind::Recommendation),
    ("must read stories", Kind::Recommendation),
    ("^explore further", Kind::Related),
    ("paid partner", Kind::Sponsored),
    ("^join the conversation", Kind::Promo),
    ("^join the discussion", Kind::Promo),
    // de, fr, es, pt, zh
    ("^kommentare lesen", Kind::Promo),
    ("^kommentare anzeigen", Kind::Promo),
    ("^zu den kommentaren", Kind::Promo),
    ("^voir les commentaires", Kind::Promo),
    ("^afficher les commentaires", Kind::Promo),
    ("^réagir à cet article", Kind::Promo),
    ("^ver comentarios", Kind::Promo),
    ("^enviá tu comentario", Kind::Promo),
    ("^envía tu comentario", Kind::Promo),
    ("^deja tu comentario", Kind::Promo),
    ("^ver comentários", Kind::Promo),
    ("^我要评论", Kind::Promo),
    ("^发表评论", Kind::Promo),
    ("^查看评论", Kind::Promo),
    ("^follow our live coverage", Kind::Promo),
    ("^follow live updates", Kind::Promo),
    ("find us on", Kind::Social),
    // fr
    ("à lire aussi", Kind::Related),
    ("a lire aussi", Kind::Related),
    ("lire aussi", Kind::Related),
    ("sur le même sujet", Kind::Related),
    ("les plus lus", Kind::MostRead),
    ("articles les plus lus", Kind::MostRead),
    ("nos recommandations", Kind::Recommendation),
    ("vous aimerez aussi", Kind::Recommendation),
    ("à voir aussi", Kind::Related),
    ("partager", Kind::Social),
    ("les plus vus", Kind::MostRead),
    ("les plus vues", Kind::MostRead),
    ("les plus partagés", Kind::MostRead),
    ("les plus commentés", Kind::MostRead),
    ("à la une", Kind::Related),
    ("a la une", Kind::Related),
    ("dans l actualité", Kind::Related),
    ("suivez nous", Kind::Social),
    ("recevez nos newsletters", Kind::Newsletter),
    ("abonnez vous", Kind::Subscribe),
    ("suivre ce journaliste", Kind::Social),
    ("suivre cet auteur", Kind::Social),
    ("sur le même thème", Kind::Related),
    ("dans la même rubrique", Kind::Related),
    ("articles similaires", Kind::Related),
    ("derniers articles", Kind::Related),
    ("voir aussi", Kind::Related),
    // a link to the live blog of the story's event, as a line of its own: a promo line
    ("^revivez le direct", Kind::Promo),
    ("^suivez le direct", Kind::Promo),
    ("^suivez notre direct", Kind::Promo),
    ("^retrouvez notre direct", Kind::Promo),
    ("^retrouvez le direct", Kind::Promo),
    ("à découvrir aussi", Kind::Related),
    ("vous pourriez aimer", Kind::Recommendation),
    ("vous aimerez peut être", Kind::Recommendation),
    ("les plus populaires", Kind::MostRead),
    ("contenu sponsorisé", Kind::Sponsored),
    ("contenus sponsorisés", Kind::Sponsored),
    ("publicité", Kind::Advert),
    ("inscrivez vous à", Kind::Newsletter),
    // de
    ("lesen sie auch", Kind::Related),
    ("mehr zum thema", Kind::Related),
    ("das könnte sie auch interessieren", Kind::Recommendation),
    ("meistgelesen", Kind::MostRead),
    ("am meisten gelesen", Kind::MostRead),
    ("leser empfehlen", Kind::Recommendation),
    ("empfehlungen", Kind::Recommendation),
    ("weitere artikel", Kind::Related),
    ("^mehr artikel", Kind::Related),
    ("teilen", Kind::Social),
    ("auch interessant", Kind::Recommendation),
    ("folgen sie uns", Kind::Social),
    ("newsletter abonnieren", Kind::Newsletter),
    ("zum thema", Kind::Related),
    ("meistgelesene", Kind::MostRead),
    ("meistgelesenen", Kind::MostRead),
    ("verwandte artikel", Kind::Related),
    ("ähnliche artikel", Kind::Related),
    ("weitere nachrichten", Kind::Related),
    ("mehr aus dem ressort", Kind::Related),
    ("das könnte sie interessieren", Kind::Recommendation),
    ("empfohlene artikel", Kind::Recommendation),
    ("anzeige", Kind::Advert),
    ("werbung", Kind::Advert),
    ("jetzt abonnieren", Kind::Subscribe),
    ("abo sichern", Kind::Subscribe),
    ("abo angebote", Kind::Subscribe),
    // es
    ("te puede interesar", Kind::Recommendation),
    ("también te puede interesar", Kind::Recommendation),
    ("noticias relacionadas", Kind::Related),
    ("lo más leído", Kind::MostRead),
    ("más leídas", Kind::MostRead),
    ("lee también", Kind::Related),
    ("compartir", Kind::Social),
    ("relacionadas", Kind::Related),
    ("relacionados", Kind::Related),
    ("más noticias", Kind::Related),
    ("lo más visto", Kind::MostRead),
    ("síguenos", Kind::Social),
    ("te recomendamos", Kind::Recommendation),
    ("artículos relacionados", Kind::Related),
    ("otras noticias", Kind::Related),
    ("últimas noticias", Kind::Related),
    ("quizás te interese", Kind::Recommendation),
    ("quizá te interese", Kind::Recommendation),
    ("lo más popular", Kind::MostRead),
    ("más populares", Kind::MostRead),
    ("contenido patrocinado", Kind::Sponsored),
    ("publicidad", Kind::Advert),
    ("suscríbete", Kind::Subscribe),
    // pt
    ("mais lidas", Kind::MostRead),
    ("leia também", Kind::Related),
    ("leia mais", Kind::Related),
    ("notícias relacionadas", Kind::Related),
    ("veja também", Kind::Related),
    ("compartilhe", Kind::Social),
    ("mais vistas", Kind::MostRead),
    ("principais do dia", Kind::MostRead),
    ("siga nos", Kind::Social),
    ("você pode gostar", Kind::Recommendation),
    ("recomendados para você", Kind::Recommendation),
    ("mais notícias", Kind::Related),
    ("últimas notícias", Kind::Related),
    ("matérias relacionadas", Kind::Related),
    ("mais populares", Kind::MostRead),
    ("conteúdo patrocinado", Kind::Sponsored),
    ("publicidade", Kind::Advert),
    // it
    ("potrebbe interessarti", Kind::Recommendation),
    ("leggi anche", Kind::Related),
    ("articoli correlati", Kind::Related),
    ("i più letti", Kind::MostRead),
    ("più letti", Kind::MostRead),
    ("ti potrebbe interessare", Kind::Recommendation),
    ("seguici", Kind::Social),
    ("notizie correlate", Kind::Related),
    ("altre notizie", Kind::Related),
    ("ultime notizie", Kind::Related),
    ("più lette", Kind::MostRead),
    ("più visti", Kind::MostRead),
    ("contenuti sponsorizzati", Kind::Sponsored),
    ("pubblicità", Kind::Advert),
    ("condividi", Kind::Social),
    // cs
    ("související články", Kind::Related),
    ("související", Kind::Related),
    ("nejčtenější", Kind::MostRead),
    ("mohlo by vás zajímat", Kind::Recommendation),
    ("čtěte také", Kind::Related),
    ("sdílet", Kind::Social),
    ("nejnovější zprávy", Kind::Related),
    ("další články", Kind::Related),
    ("sledujte nás", Kind::Social),
    ("přečtěte si také", Kind::Related),
    ("doporučujeme", Kind::Recommendation),
    ("další zprávy", Kind::Related),
    // ru
    ("читайте также", Kind::Related),
    ("похожие новости", Kind::Related),
    ("самое читаемое", Kind::MostRead),
    ("популярное", Kind::MostRead),
    ("рекомендуем", Kind::Recommendation),
    ("другие новости", Kind::Related),
    ("новости по теме", Kind::Related),
    ("подписывайтесь", Kind::Social),
    ("похожие статьи", Kind::Related),
    ("самое популярное", Kind::MostRead),
    ("новости партнеров", Kind::Sponsored),
    ("новости партнёров", Kind::Sponsored),
    ("вам может быть интересно", Kind::Recommendation),
    ("реклама", Kind::Advert),
    ("поделиться", Kind::Social),
    // ja
    ("関連記事", Kind::Related),
    ("関連ニュース", Kind::Related),
    ("おすすめ", Kind::Recommendation),
    ("人気記事", Kind::MostRead),
    ("アクセスランキング", Kind::MostRead),
    ("あわせて読みたい", Kind::Related),
    ("こちらもおすすめ", Kind::Recommendation),
    ("ランキング", Kind::MostRead),
    ("関連リンク", Kind::Related),
    ("注目記事", Kind::MostRead),
    ("トップニュース", Kind::Related),
    ("注目の動画", Kind::Gallery),
    // zh
    ("相关新闻", Kind::Related),
    ("相关文章", Kind::Related),
    ("相關新聞", Kind::Related),
    ("推荐阅读", Kind::Recommendation),
    ("热门文章", Kind::MostRead),
    ("热门", Kind::MostRead),
    ("相关阅读", Kind::Related),
    ("猜你喜欢", Kind::Recommendation),
    ("延伸阅读", Kind::Related),
    ("推荐", Kind::Recommendation),
    // zh (traditional)
    ("相關文章", Kind::Related),
    ("相關閱讀", Kind::Related),
    ("延伸閱讀", Kind::Related),
    ("推薦閱讀", Kind::Recommendation),
    ("熱門文章", Kind::MostRead),
    ("熱門", Kind::MostRead),
    ("猜你喜歡", Kind::Recommendation),
    ("推薦", Kind::Recommendation),
    // ko
    ("관련기사", Kind::Related),
    ("관련 기사", Kind::Related),
    ("관련뉴스", Kind::Related),
    ("관련 뉴스", Kind::Related),
    ("많이 본 뉴스", Kind::MostRead),
    ("많이 본 기사", Kind::MostRead),
    ("인기 기사", Kind::MostRead),
    ("추천 기사", Kind::Recommendation),
    // nl
    ("lees ook", Kind::Related),
    ("meer nieuws", Kind::Related),
    ("gerelateerde artikelen", Kind::Related),
    ("gerelateerd", Kind::Related),
    ("meest gelezen", Kind::MostRead),
    ("aanbevolen", Kind::Recommendation),
    ("volg ons", Kind::Social),
    ("advertentie", Kind::Advert),
    // pl
    ("czytaj także", Kind::Related),
    ("czytaj też", Kind::Related),
    ("zobacz także", Kind::Related),
    ("zobacz też", Kind::Related),
    ("powiązane artykuły", Kind::Related),
    ("najczęściej czytane", Kind::MostRead),
    ("najpopularniejsze", Kind::MostRead),
    ("polecane", Kind::Recommendation),
    ("udostępnij", Kind::Social),
    ("reklama", Kind::Advert),
    // sv, da, no, fi
    ("läs också", Kind::Related),
    ("läs även", Kind::Related),
    ("mest läst", Kind::MostRead),
    ("mest lästa", Kind::MostRead),
    ("relaterat", Kind::Related),
    ("annons", Kind::Advert),
    ("læs også", Kind::Related),
    ("les også", Kind::Related),
    ("mest læste", Kind::MostRead),
    ("mest lest", Kind::MostRead),
    ("mest leste", Kind::MostRead),
    ("annonse", Kind::Advert),
    ("lue myös", Kind::Related),
    ("luetuimmat", Kind::MostRead),
    ("mainos", Kind::Advert),
    // tr
    ("ilgili haberler", Kind::Related),
    ("İlgili haberler", Kind::Related),
    ("benzer haberler", Kind::Related),
    ("en çok okunanlar", Kind::MostRead),
    ("en çok okunan", Kind::MostRead),
    ("reklam", Kind::Advert),
    // ro, hu, el
    ("citește și", Kind::Related),
    ("cele mai citite", Kind::MostRead),
    ("kapcsolódó cikkek", Kind::Related),
    ("legolvasottabb", Kind::MostRead),
    ("διαβάστε επίσης", Kind::Related),
    ("δείτε επίσης", Kind::Related),
    ("τα πιο δημοφιλή", Kind::MostRead),
    // uk
    ("читайте також", Kind::Related),
    ("новини партнерів", Kind::Sponsored),
    ("популярне", Kind::MostRead),
    ("поділитися", Kind::Social),
    // ar, he
    ("اقرأ أيضا", Kind::Related),
    ("إقرأ أيضا", Kind::Related),
    ("الأكثر قراءة", Kind::MostRead),
    ("مقالات ذات صلة", Kind::Related),
    ("أخبار ذات صلة", Kind::Related),
    ("כתבות נוספות", Kind::Related),
    ("עוד בנושא", Kind::Related),
    ("הכי נקראים", Kind::MostRead),
    // hi
    ("यह भी पढ़ें", Kind::Related),
    ("ये भी पढ़ें", Kind::Related),
    ("संबंधित खबरें", Kind::Related),
    // vi, id
    ("tin liên quan", Kind::Related),
    ("bài viết liên quan", Kind::Related),
    ("đọc thêm", Kind::Related),
    ("xem thêm", Kind::Related),
    ("tin mới nhất", Kind::Related),
    ("quảng cáo", Kind::Advert),
    ("baca juga", Kind::Related),
    ("berita terkait", Kind::Related),
    ("artikel terkait", Kind::Related),
    ("terpopuler", Kind::MostRead),
    ("iklan", Kind::Advert),
];
/// Words of share and follow bars: network names and their verbs, in the languages above. A
/// short block whose words are almost all of these ("Facebook Twitter Google+ Email") is a
/// share bar whatever its classes say.
pub const SOCIAL_WORDS: &[&str] = &[
    "facebook", "twitter", "tweet", "x", "google", "linkedin", "pinterest", "pin", "whatsapp", "email", "e", "mail",
    "print", "reddit", "tumblr", "instagram", "youtube", "rss", "flipboard", "pocket", "sms", "messenger",
    "telegram", "vk", "xing", "weibo", "wechat", "qzone", "line", "viber", "snapchat", "tiktok", "threads", "mastodon",
    "bluesky", "share", "shares", "sharing", "save", "copy", "link", "follow", "us", "on", "comments", "comment",
    "partager", "tweeter", "imprimer", "envoyer", "teilen", "drucken", "compartir", "imprimir", "enviar",
    "compartilhar", "condividi", "stampa", "sdílet", "tisk", "поделиться", "シェア", "ツイート", "分享", "微博", "微信",
];

/// Hosts of social networks (and their share and feed endpoints): a short block whose links
/// all go to these is a follow or share bar even when its links are icons with no words
/// ("BREITBART CONNECT" over four logos) or name the site ("ACLU on Facebook").
pub const SOCIAL_HOSTS: &[&str] = &[
    "facebook.com", "fb.com", "twitter.com", "x.com", "instagram.com", "youtube.com", "linkedin.com",
    "pinterest.com", "tiktok.com", "t.me", "telegram.me", "vk.com", "weibo.com", "plus.google.com",
    "flipboard.com", "whatsapp.com", "wa.me", "reddit.com", "snapchat.com", "threads.net", "bsky.app",
    "line.me", "xing.com", "feeds.feedburner.com", "tumblr.com", "mastodon.social",
];

/// The host of an http(s) or scheme-relative link, as written ("https://user@www.x.com:443/p"
/// → "www.x.com"); None for a relative link or another scheme.
pub fn link_host(href: &str) -> Option<&str> {
    let (scheme, rest) = href.split_once("//")?;
    if !(scheme.is_empty() || scheme.eq_ignore_ascii_case("https:") || scheme.eq_ignore_ascii_case("http:")) {
        return None;
    }
    let host = rest.split(['/', '?', '#', ':']).next().unwrap_or("");
    Some(host.rsplit_once('@').map_or(host, |(_, h)| h))
}

/// Is `host` the domain `d` or one of its subdomains, ASCII case aside? Compared as bytes, with
/// no lower-cased copy: the scan asks this of every link.
pub fn on_domain(host: &str, d: &str) -> bool {
    let (h, d) = (host.as_bytes(), d.as_bytes());
    h.len() >= d.len() && h[h.len() - d.len()..].eq_ignore_ascii_case(d) && (h.len() == d.len() || h[h.len() - d.len() - 1] == b'.')
}

/// Does the link `href` go to a social network (`SOCIAL_HOSTS`, or one of their subdomains)?
pub fn is_social_link(href: &str) -> bool {
    link_host(href).is_some_and(|host| SOCIAL_HOSTS.iter().any(|s| on_domain(host, s)))
}

/// Verbs a follow or share button opens with ("Follow @aclu", "Retweet this article!"), in
/// the languages above: a lone link to a network that says one of these is a social button.
pub const FOLLOW_VERBS: &[&str] = &[
    "follow", "retweet", "tweet", "share", "like", "suivre", "suivez", "folgen", "folge", "seguir", "sigue",
    "segui", "seguici", "sledujte", "подписаться", "フォロー", "关注",
];

/// Does `text` open with one of `FOLLOW_VERBS`?
pub fn opens_with_follow_verb(text: &str) -> bool {
    let mut first = None;
    norm_words(text, |w| {
        first = Some(FOLLOW_VERBS.contains(&w));
        false
    });
    first == Some(true)
}

/// Notes for screen readers that sites put inside links, hidden from sight by their styles
/// ("said<span class=external-link-icon>Opens a new window</span> that …"): no words of the
/// story, so the summary leaves a text run that is only one of these out of its sentences.
pub const SCREEN_READER_NOTES: &[&str] = &[
    "opens a new window", "opens in a new window", "opens in new window", "opens a new tab",
    "opens in a new tab", "opens in new tab", "link opens in a new window", "external link",
];

/// Class words of text shown to screen readers only, moved off the screen by the page's style
/// ("sr-only", "visually-hidden", "screen-reader-text" is "screen reader" and too common a pair
/// of words to tell): it is no visible text, and it doubles the headlines of a list that reads
/// them out ("<li><h3 class=sr-only>Title</h3><a>Title</a></li>").
pub const SCREEN_READER_TOKENS: &[&str] = &["sr", "visually", "visuallyhidden", "screenreader"];

/// Class words of a deck, the headline's subtitle ("<p class=dek>"): the summary reads it for
/// parties, but it restates the story in a headline's words and gives no key fact.
pub const DECK_TOKENS: &[&str] = &["dek", "deck", "standfirst", "subtitle", "subheadline", "strapline"];

/// Class words of an element that shows a date: in a share-named row it is the story's date
/// line (`judge::token_rule`).
pub const DATE_TOKENS: &[&str] = &["date", "datetime", "pubdate", "published", "timestamp", "dateline"];

/// Is this run's text one of `SCREEN_READER_NOTES` (brackets and case aside)?
pub fn is_screen_reader_note(run: &str) -> bool {
    run.len() <= 40 && {
        let t = crate::text::norm(run);
        SCREEN_READER_NOTES.contains(&t.as_str())
    }
}

/// Where newsletter sign-up forms post (their `action`, lower-cased): the hosts of mail
/// services, and the words of a sign-up path ("/newsletter-signup/", "/subscribe/post").
pub const SIGNUP_ACTIONS: &[&str] = &[
    "newsletter", "subscribe", "list-manage.com", "createsend.com", "substack.com", "convertkit.com",
    "mailerlite.com", "klaviyo.com", "sendinblue.com", "aweber.com", "constantcontact.com",
    "getrevue.co", "buttondown.email", "tinyletter.com", "mailchi.mp",
];

/// Does a form that posts to `action` sign its reader up for mail (`SIGNUP_ACTIONS`)?
pub fn is_signup_action(action: &str) -> bool {
    let a = action.to_ascii_lowercase();
    SIGNUP_ACTIONS.iter().any(|w| a.contains(w))
}

/// Host fragments of recommendation-widget vendors (iframe/script `src`, link targets).
pub const VENDOR_HOSTS: &[&str] = &[
    "outbrain.com", "taboola.com", "revcontent.com", "zergnet.com", "mgid.com", "plista.com",
    "ligatus.com", "content.ad", "nativo.com", "sharethrough.com", "disqusads.com",
    "facebook.com/plugins/recommendations", "addthis.com", "sharethis.com",
    "trendmd.com", "teads.tv", "dianomi.com", "engageya.com", "lockerdome.com", "adblade.com",
];

/// Tokens of regions that stay whatever they contain: this is not a reader view.
/// References, footnotes and a table of contents belong to the text they annotate. The first
/// three (`NAV_TOKENS`) keep a region only at page level, like the `<nav>` tag.
pub const KEEP_TOKENS: &[&str] = &[
    "nav", "navigation", "navbar", "menu", "breadcrumb", "breadcrumbs", "masthead", "comments", "comment",
    "comentarios", "commentaires", "kommentare", "commenti", "comentários",
    "references", "reflist", "footnotes", "footnote", "citations", "bibliography", "toc",
];

/// Tokens of a comments region (also `KEEP_TOKENS`, or a platform's name): when a script loads
/// the thread, the page holds only its frame (a title, a call to log in, the house rules), which
/// goes; a thread with readers' words stays.
pub const COMMENTS_TOKENS: &[&str] = &["comments", "comment", "disqus", "livefyre", "conversations", "commenting", "comentarios", "commentaires", "kommentare", "commenti", "comentários"];

/// Tokens of side columns: a teaser list inside one is not story text even when the column
/// sits inside the story's `<article>` element.
pub const SIDEBAR_TOKENS: &[&str] = &["sidebar", "rail", "aside", "sidebox", "widget", "widgets", "rightcol", "leftcol", "complementary"];

/// Tokens of regions that are unlikely to hold the story (after Readability's "unlikely
/// candidates"): their paragraphs do not vote for the article region.
pub const UNLIKELY_ARTICLE_TOKENS: &[&str] = &[
    "sidebar", "rail", "comment", "comments", "footer", "related", "recommend*", "promo", "widget", "widgets",
    "popular", "trending", "teaser", "teasers", "newsletter*", "ad", "ads", "sponsored", "outbrain", "taboola",
];

/// Labels that open a one-link line in the story's flow besides the heading phrases of lists of
/// stories ("READ MORE: <a>…</a>", "(MORE: <a>…</a>)", "PHOTOS: <a>…</a>"): the line points to
/// another story. Compared after `text::norm`.
pub const LEAD_IN_LABELS: &[&str] = &["more", "read", "photos", "pictures", "video", "videos", "watch", "listen", "gallery", "also"];

/// Longest label (in words) before the colon of a one-link line.
pub const LEAD_IN_LABEL_WORDS: usize = 4;

/// Elements that can carry a block's title when a site does not use `<h1>`–`<h6>`:
/// `<span class="title">Most read</span>`, `<div class="widget-title">Around the web</div>`.
pub const LABEL_TAGS: &[&str] = &["span", "div", "p", "strong", "b", "em", "header", "label", "legend", "dt", "caption", "figcaption"];

/// Longest title (in characters) taken for a block label.
pub const LABEL_MAX_CHARS: u32 = 60;

/// Navigation tokens: a site's navigation at page level, a local strip of links inside a story
/// or a column ("context-nav" holding related stories).
pub const NAV_TOKENS: &[&str] = &["nav", "navigation", "navbar"];

/// Tags of regions that stay (structure rules never fire inside them).
pub const KEEP_TAGS: &[&str] = &["nav", "header", "footer", "html", "body", "head", "form", "main", "article"];

/// Roles of regions that stay.
pub const KEEP_ROLES: &[&str] = &["navigation", "banner", "contentinfo", "main", "search", "menu", "menubar", "article"];

/// Elements that carry article paragraphs.
pub const PARAGRAPH_TAGS: &[&str] = &["p", "pre", "blockquote", "li", "td", "dd"];

/// Tokens of captions and credits: their text is not article prose for the summary.
pub const CAPTION_TOKENS: &[&str] = &["caption", "captions", "figcaption", "credit", "credits", "cutline"];

/// Tokens of photo blocks: a linked photo with its caption is not an inline teaser card.
pub const PHOTO_TOKENS: &[&str] = &[
    "caption", "captions", "figcaption", "credit", "credits", "cutline", "desc", "description", "photo", "photos",
    "picture", "image", "img", "lightbox", "lightbbox", "zoom", "enlarge",
];

/// Tokens of byline elements (`<div class="byline">`), for the summary's source line.
pub const BYLINE_TOKENS: &[&str] = &["byline", "byl", "author", "authors", "authorname", "writer", "autor", "auteur", "signature", "creator", "firma"];

/// Words of elements near bylines that are not the byline (avatars, bios, comment authors).
pub const NOT_BYLINE_TOKENS: &[&str] = &["comment", "comments", "avatar", "image", "img", "photo", "bio", "related", "follow", "social", "share", "date", "time", "timestamp", "reply", "user"];

/// Does `token` match the rule word `rule` (`*` = prefix)?
pub fn token_matches(rule: &str, token: &str) -> bool {
    match rule.strip_suffix('*') {
        Some(prefix) => token.starts_with(prefix),
        None => token == rule,
    }
}

/// `BLOCK_TOKENS` and `BLOCK_TOKEN_PAIRS` (by their first word) bucketed by the first byte a
/// matching token must have, rule order kept: a token is compared with a few rules, not all.
/// A rule that could match an empty token or one of any first byte (an empty word, a bare
/// `*`) goes into every bucket.
struct BlockRules {
    single: Vec<Vec<(&'static str, Kind)>>,
    /// (first word, second word, kind)
    pair: Vec<Vec<(&'static str, &'static str, Kind)>>,
}

/// Bucket of a token: its first byte, or 256 for the empty token.
fn first_byte(t: &str) -> usize {
    t.as_bytes().first().map_or(256, |&b| b as usize)
}

fn block_rules() -> &'static BlockRules {
    static RULES: std::sync::OnceLock<BlockRules> = std::sync::OnceLock::new();
    RULES.get_or_init(|| {
        fn bucket<R: Copy>(rules: impl Iterator<Item = (&'static str, R)>) -> Vec<Vec<R>> {
            let mut b = vec![Vec::new(); 257];
            for (first, r) in rules {
                match first.strip_suffix('*').unwrap_or(first).as_bytes().first() {
                    Some(&c) => b[c as usize].push(r),
                    None => b.iter_mut().for_each(|v| v.push(r)),
                }
            }
            b
        }
        let pairs = BLOCK_TOKEN_PAIRS.iter().map(|(p, k)| {
            let (a, b) = p.split_once(' ').unwrap_or((p, ""));
            (a, (a, b, k))
        });
        BlockRules { single: bucket(BLOCK_TOKENS.iter().map(|r| (r.0, r))), pair: bucket(pairs) }
    })
}

/// Least number of distinct short words that make a class list minified.
const MINIFIED_WORDS: usize = 4;

/// Are an element's class words minified names ("ob bu oc nb r y", "ax ej md ou bc": atomic CSS
/// or CSS modules)? Four distinct words or more, none longer than three letters. A short word
/// there is a generated name: "ob" is not Outbrain, "ad" not an advert.
fn minified<'a>(tokens: impl Iterator<Item = &'a str> + Clone) -> bool {
    if tokens.clone().any(|t| t.chars().count() > 3) {
        return false;
    }
    let mut seen: [&str; MINIFIED_WORDS] = [""; MINIFIED_WORDS];
    let mut n = 0;
    for t in tokens {
        if !seen[..n].contains(&t) {
            seen[n] = t;
            n += 1;
            if n == MINIFIED_WORDS {
                return true;
            }
        }
    }
    false
}

/// The first block rule that the tokens of one element match.
pub fn token_kind<'a>(tokens: impl Iterator<Item = &'a str> + Clone) -> Option<(Kind, String)> {
    let mut prev: Option<&str> = None;
    let minified = minified(tokens.clone());
    for t in tokens.clone() {
        // a short word right after a number is a piece of a hash or GUID ("navId-…-A4CD18FD19AD"
        // gives "19", "ad"), not a name; in minified class names no short word is one
        let after_number = prev.is_some_and(|p| p.bytes().all(|c| c.is_ascii_digit()));
        prev = Some(t);
        if (after_number || minified) && t.chars().count() <= 3 {
            continue;
        }
        if let Some(&(_, kind)) = block_rules().single[first_byte(t)].iter().find(|r| token_matches(r.0, t)) {
            return Some((kind, t.to_string()));
        }
    }
    for (a, b) in tokens.clone().zip(tokens.skip(1)) {
        if let Some(&(_, _, kind)) = block_rules().pair[first_byte(a)].iter().find(|r| token_matches(r.0, a) && token_matches(r.1, b)) {
            return Some((kind, format!("{a}-{b}")));
        }
    }
    None
}

/// What a class/id word says about its element besides a block rule: one bit per word table.
/// The scan stores the union over an element's words (`Node::class`), so the judge's passes
/// and the summary test a bit instead of comparing every word with every table.
pub mod class {
    /// `UNLIKELY_ARTICLE_TOKENS`
    pub const UNLIKELY: u16 = 1;
    /// `KEEP_TOKENS` that are not `NAV_TOKENS`: the region stays wherever it is.
    pub const KEEP: u16 = 2;
    /// `NAV_TOKENS` (all of them `KEEP_TOKENS`): the region stays at page level.
    pub const NAV: u16 = 4;
    pub const SIDEBAR: u16 = 8;
    pub const PHOTO: u16 = 16;
    pub const CAPTION: u16 = 32;
    pub const BYLINE: u16 = 64;
    pub const NOT_BYLINE: u16 = 128;
    pub const COMMENTS: u16 = 256;
    /// `SCREEN_READER_TOKENS`: text only screen readers read.
    pub const SCREEN_READER: u16 = 512;
    /// `DECK_TOKENS`
    pub const DECK: u16 = 1024;
    /// `DATE_TOKENS`
    pub const DATE: u16 = 2048;
}

/// The word tables behind the `class` bits.
const CLASS_TABLES: &[(&[&str], u16)] = &[
    (UNLIKELY_ARTICLE_TOKENS, class::UNLIKELY),
    (KEEP_TOKENS, class::KEEP),
    (NAV_TOKENS, class::NAV),
    (SIDEBAR_TOKENS, class::SIDEBAR),
    (PHOTO_TOKENS, class::PHOTO),
    (CAPTION_TOKENS, class::CAPTION),
    (BYLINE_TOKENS, class::BYLINE),
    (NOT_BYLINE_TOKENS, class::NOT_BYLINE),
    (COMMENTS_TOKENS, class::COMMENTS),
    (SCREEN_READER_TOKENS, class::SCREEN_READER),
    (DECK_TOKENS, class::DECK),
    (DATE_TOKENS, class::DATE),
];

/// The `class` bits of one word: exact words from one hash map built once, then the few prefix
/// rules (`recommend*`).
pub fn word_class(t: &str) -> u16 {
    struct Table {
        // (bits as u32: the .wasm holds one hash table's code for `&str` keys and `u32` values)
        exact: crate::text::LookupMap<&'static str, u32>,
        prefix: Vec<(&'static str, u16)>,
    }
    static TABLE: std::sync::OnceLock<Table> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut exact = std::collections::HashMap::default();
        let mut prefix = Vec::new();
        for (words, bit) in CLASS_TABLES {
            for w in *words {
                match w.strip_suffix('*') {
                    Some(p) => prefix.push((p, *bit)),
                    None => *exact.entry(*w).or_insert(0) |= u32::from(*bit),
                }
            }
        }
        Table { exact, prefix }
    });
    let mut bits = table.exact.get(t).copied().unwrap_or(0) as u16;
    for (p, bit) in &table.prefix {
        if t.starts_with(p) {
            bits |= bit;
        }
    }
    // a navigation word keeps its region only at page level, whatever else it is
    if bits & class::NAV != 0 {
        bits &= !class::KEEP;
    }
    bits
}

/// `HEADING_PHRASES` in the form they are compared in (`text::norm`), computed once.
struct Phrase {
    norm: String,
    words: usize,
    cjk: bool,
    /// Marked `^`: matches only at the start of a title.
    opens: bool,
    /// Marked `$`: matches only at the end of a title, and never a line.
    ends: bool,
    kind: Kind,
    raw: &'static str,
}

/// `HEADING_PHRASES` normalised, indexed by their first word (and the CJK ones, which match
/// inside words, listed apart): a heading is compared with the phrases that start with one of
/// its words, not with all of them.
struct Phrases {
    list: Vec<Phrase>,
    by_first: crate::text::LookupMap<String, Vec<usize>>,
    cjk: Vec<usize>,
}

fn phrases() -> &'static Phrases {
    static PHRASES: std::sync::OnceLock<Phrases> = std::sync::OnceLock::new();
    PHRASES.get_or_init(|| {
        let list: Vec<Phrase> = HEADING_PHRASES
            .iter()
            .map(|(marked, kind)| {
                let (opens, ends) = (marked.starts_with('^'), marked.starts_with('$'));
                let raw = marked.trim_start_matches(['^', '$']);
                let norm = crate::text::norm(raw);
                Phrase { words: norm.split(' ').count(), cjk: norm.chars().any(crate::text::is_cjk), opens, ends, norm, kind, raw }
            })
            .collect();
        let mut by_first: crate::text::LookupMap<String, Vec<usize>> = Default::default();
        for (i, p) in list.iter().enumerate() {
            by_first.entry(p.norm.split(' ').next().unwrap_or("").to_string()).or_default().push(i);
        }
        let cjk = (0..list.len()).filter(|&i| list[i].cjk && !list[i].opens && !list[i].ends).collect();
        Phrases { list, by_first, cjk }
    })
}

/// Calls `f(phrase, word position, reaches the end)` for every occurrence of a phrase in `h`
/// (normalised: words joined by single spaces) as whole words.
fn occurrences(h: &str, mut f: impl FnMut(usize, usize, bool)) {
    let table = phrases();
    let mut at = 0;
    for (k, w) in h.split(' ').enumerate() {
        if let Some(found) = table.by_first.get(w) {
            let rest = &h[at..];
            for &i in found {
                let p = table.list[i].norm.as_str();
                if rest.starts_with(p) && (rest.len() == p.len() || rest.as_bytes()[p.len()] == b' ') {
                    f(i, k, rest.len() == p.len());
                }
            }
        }
        at += w.len() + 1;
    }
}

/// The first index `>= from` where `p` (whose first byte is `first`) occurs in `h`.
fn find_from(h: &[u8], p: &[u8], first: u8, from: usize) -> Option<usize> {
    if h.len() < p.len() {
        return None;
    }
    let last = h.len() - p.len();
    let mut i = from;
    while i <= last {
        if h[i] == first && &h[i..i + p.len()] == p {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// `h.contains(p)` for short `h`, without a `StrSearcher`.
fn contains_bytes(h: &str, p: &str) -> bool {
    match p.as_bytes().split_first() {
        Some((&first, _)) => find_from(h.as_bytes(), p.as_bytes(), first, 0).is_some(),
        None => true,
    }
}

/// The phrase rule a heading's text matches. A heading matches when it is the phrase, starts
/// with it, contains it (phrases of two words or more, and CJK phrases), or, for a short label
/// of three words at most, ends with a one-word phrase ("facebook recommendations").
pub fn heading_kind(heading: &str) -> Option<(Kind, &'static str)> {
    let h = crate::text::norm(heading);
    if h.is_empty() || h.chars().count() > 80 {
        return None;
    }
    let short = h.split(' ').count() <= 3;
    let table = phrases();
    // the first phrase in table order that matches
    let mut best = usize::MAX;
    occurrences(&h, |i, k, to_end| {
        // the heading is the phrase or opens with it; a short label ends with it; a phrase of
        // several words anywhere (unless marked to open or to end the heading)
        let p = &table.list[i];
        let ok = if p.ends { to_end } else { k == 0 || (!p.opens && ((short && to_end) || p.words > 1)) };
        if ok {
            best = best.min(i);
        }
    });
    if h.chars().any(crate::text::is_cjk) {
        if let Some(&i) = table.cjk.iter().find(|&&i| i < best && contains_bytes(&h, &table.list[i].norm)) {
            best = i;
        }
    }
    table.list.get(best).map(|p| (p.kind, p.raw))
}

/// The widget phrase a short promo line carries ("Sign up for our newsletter", "Like us on
/// Facebook to see similar stories", "Subscribe - 30 days free"): only widget kinds, and only
/// lines of at least three words. `anywhere` allows the phrase inside the line (outside the
/// story); otherwise the line must open with it (in the story, where a quote could contain it).
pub fn callout_kind(line: &str, anywhere: bool) -> Option<(Kind, &'static str)> {
    let h = crate::text::norm(line);
    let words = h.split(' ').count();
    if words < 2 || h.chars().count() > 140 {
        return None;
    }
    let table = phrases();
    let mut best = usize::MAX;
    occurrences(&h, |i, k, to_end| {
        let p = &table.list[i];
        if !p.kind.is_widget() || p.ends {
            return;
        }
        let opens = k == 0 && !to_end;
        // a line of two words is one when it is the phrase ("View comments", a link); one word
        // opens the line: "Subscribe - 30 days free", never "...to subscribe"; outside the story
        // a phrase may follow a short brand label ("BREITBART CONNECT Sign up for our
        // newsletter"), not close a menu ("Games Movies TV Follow us")
        let ok = if words == 2 {
            k == 0 && to_end
        } else if (p.words == 1 && !p.cjk) || p.opens {
            opens
        } else {
            opens || (anywhere && k <= 3)
        };
        if ok {
            best = best.min(i);
        }
    });
    table.list.get(best).map(|p| (p.kind, p.raw))
}

/// Calls `f` with each word of `text::norm(text)` without building it (runs of letters and
/// digits, lower-cased by `text::with_lowercase`), until `f` returns false.
fn norm_words(text: &str, mut f: impl FnMut(&str) -> bool) {
    let words = text.split(|ch: char| if ch.is_ascii() { !ch.is_ascii_alphanumeric() } else { !ch.is_alphanumeric() });
    for w in words.filter(|w| !w.is_empty()) {
        if !crate::text::with_lowercase(w, &mut f) {
            return;
        }
    }
}

/// A cheap necessary condition of `callout_kind` for a line that is `runs` joined by spaces:
/// one of its first words (the first four, or only the first unless `anywhere`) is the first
/// word of a widget phrase. Most short blocks fail it, and are never joined or normalised.
pub fn may_be_callout<'a>(runs: impl Iterator<Item = &'a str>, anywhere: bool) -> bool {
    let table = phrases();
    let opens_widget = |w: &str| table.by_first.get(w).is_some_and(|found| found.iter().any(|&i| table.list[i].kind.is_widget()));
    let reach = if anywhere { 4 } else { 1 };
    let (mut k, mut found) = (0, false);
    for r in runs {
        norm_words(r, |w| {
            found = opens_widget(w);
            k += 1;
            !found && k < reach
        });
        if found || k >= reach {
            break;
        }
    }
    found
}

/// Networks a follow line names.
const FOLLOW_NETWORKS: &[&str] = &["facebook", "twitter", "x", "instagram", "linkedin", "youtube", "tiktok", "threads", "pinterest", "bluesky", "mastodon", "flipboard", "google+"];

/// A line asking to follow the site on a network, by the site's name: "Follow AOL News on
/// Facebook and Twitter.", "Like CNET on Facebook for the latest in tech news." ("follow" or
/// "like", "us" or one to four capitalised words, "on", a network). A sentence of a story
/// ("Like many users on Facebook, …") has no name between.
pub fn follow_line(line: &str) -> bool {
    let mut words = line.split_whitespace();
    if !words.next().is_some_and(|w| w.eq_ignore_ascii_case("follow") || w.eq_ignore_ascii_case("like")) {
        return false;
    }
    let mut names = 0;
    for w in words.by_ref() {
        if w == "on" {
            break;
        }
        if names == 4 || !(w == "us" || w.chars().next().is_some_and(char::is_uppercase)) {
            return false;
        }
        names += 1;
    }
    let network = words.next().map(|w| w.trim_end_matches(['.', ',', '!', ':']).to_lowercase());
    names > 0 && network.is_some_and(|n| FOLLOW_NETWORKS.contains(&n.as_str()))
}

/// Verbs that open a line offering the site's app.
const APP_VERBS: &[&str] = &["download", "get", "install", "try"];

/// Longest line (in words) read as an app offer.
const APP_LINE_WORDS: usize = 25;

/// A line offering the site's app: a sentence of it opens with a verb of `APP_VERBS` and names
/// an app within five words ("Download the TOI app.", "Download the UN News app for your iOS or
/// Android devices", "Get our free app").
pub fn app_line(line: &str) -> bool {
    if line.split_whitespace().count() > APP_LINE_WORDS {
        return false;
    }
    line.split(". ").any(|sentence| {
        let words: Vec<String> = sentence.split_whitespace().take(6).map(crate::text::norm).collect();
        words.first().is_some_and(|w| APP_VERBS.contains(&w.as_str())) && words[1..].iter().any(|w| w == "app" || w == "apps")
    })
}

/// What a share-bar test needs to know of a text: its words (numbers left out), how many are
/// social words, how many network names. Additive: the counts of a block are the sums over
/// its text runs, so the judge tests a block without joining its text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SocialCounts {
    pub words: u16,
    pub social: u16,
    pub networks: u16,
}

impl std::ops::AddAssign for SocialCounts {
    fn add_assign(&mut self, o: SocialCounts) {
        self.words = self.words.saturating_add(o.words);
        self.social = self.social.saturating_add(o.social);
        self.networks = self.networks.saturating_add(o.networks);
    }
}

impl SocialCounts {
    pub fn of(text: &str) -> SocialCounts {
        // every social word, and whether it is a network name (those before "share"): one
        // lookup per word, in a map built once
        // (1 for a network: one map type of `&str` keys less in the .wasm than with `bool`)
        static WORDS: std::sync::OnceLock<crate::text::LookupMap<&'static str, u32>> = std::sync::OnceLock::new();
        let words = WORDS.get_or_init(|| {
            let networks = SOCIAL_WORDS.iter().position(|x| *x == "share").unwrap();
            SOCIAL_WORDS.iter().enumerate().map(|(k, w)| (*w, u32::from(k < networks))).collect()
        });
        let mut c = SocialCounts::default();
        norm_words(text, |w| {
            if !w.bytes().all(|b| b.is_ascii_digit()) {
                let found = words.get(w);
                c += SocialCounts { words: 1, social: found.is_some().into(), networks: (found == Some(&1)).into() };
            }
            true
        });
        c
    }

    /// A share or follow bar: at least two network names or share verbs, and almost nothing
    /// else.
    pub fn is_social_bar(self) -> bool {
        (2..=24).contains(&self.words) && self.networks >= 2 && self.social * 10 >= self.words * 8
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The linear scans that `heading_kind` and `callout_kind` replaced: the indexed versions must
    // answer like them.
    /// Does `h` start with the words `p` (followed by a space)?
    fn opens_with(h: &str, p: &str) -> bool {
        h.len() > p.len() && h.starts_with(p) && h.as_bytes()[p.len()] == b' '
    }

    /// Does `h` end with the words `p` (after a space)?
    fn closes_with(h: &str, p: &str) -> bool {
        h.len() > p.len() && h.ends_with(p) && h.as_bytes()[h.len() - p.len() - 1] == b' '
    }

    /// Does `h` contain the words `p` as whole words?
    /// Checks the leftmost non-overlapping occurrences, exactly as `h.match_indices(p)` would yield
    /// them, without building a `StrSearcher` per call (these strings are a line long).
    fn has_words(h: &str, p: &str) -> bool {
        let (hb, pb) = (h.as_bytes(), p.as_bytes());
        let Some((&first, _)) = pb.split_first() else {
            return h.match_indices(p).any(|(at, _)| word_bounded(hb, at, 0));
        };
        let mut from = 0;
        while let Some(at) = find_from(hb, pb, first, from) {
            if word_bounded(hb, at, pb.len()) {
                return true;
            }
            from = at + pb.len();
        }
        false
    }

    /// Is `h[at..at + len]` bounded by spaces or the ends of `h`?
    fn word_bounded(h: &[u8], at: usize, len: usize) -> bool {
        (at == 0 || h[at - 1] == b' ') && (at + len == h.len() || h[at + len] == b' ')
    }

    /// The first `k` words of `h` (words split by single spaces), as `split(' ')` + `join(" ")`
    /// would give them, without allocating.
    fn first_words(h: &str, k: usize) -> &str {
        if k == 0 {
            return "";
        }
        match h.match_indices(' ').nth(k - 1) {
            Some((at, _)) => &h[..at],
            None => h,
        }
    }

    fn reference_heading_kind(heading: &str) -> Option<(Kind, &'static str)> {
        let h = crate::text::norm(heading);
        if h.is_empty() || h.chars().count() > 80 {
            return None;
        }
        let short = h.split(' ').count() <= 3;
        phrases()
            .list
            .iter()
            .find(|p| {
                let p_ = p.norm.as_str();
                if p.ends {
                    return h == p_ || closes_with(&h, p_);
                }
                h == p_
                    || opens_with(&h, p_)
                    || (!p.opens && short && closes_with(&h, p_))
                    || (!p.opens && p.words > 1 && has_words(&h, p_))
                    || (!p.opens && p.cjk && contains_bytes(&h, p_))
            })
            .map(|p| (p.kind, p.raw))
    }

    fn reference_callout_kind(line: &str, anywhere: bool) -> Option<(Kind, &'static str)> {
        let h = crate::text::norm(line);
        let words = h.split(' ').count();
        if words < 2 || h.chars().count() > 140 {
            return None;
        }
        phrases()
            .list
            .iter()
            .filter(|p| p.kind.is_widget() && !p.ends)
            .find(|p| {
                if words == 2 {
                    return h == p.norm;
                }
                if (p.words == 1 && !p.cjk) || p.opens {
                    return opens_with(&h, &p.norm);
                }
                if opens_with(&h, &p.norm) {
                    return true;
                }
                anywhere && has_words(first_words(&h, 3 + p.words), &p.norm)
            })
            .map(|p| (p.kind, p.raw))
    }

    #[test]
    fn indexed_phrase_search_answers_like_the_linear_scan() {
        let mut lines: Vec<String> = Vec::new();
        let around = ["", "More ", "The best ", "BREITBART CONNECT ", "a b c d ", "Games Movies TV "];
        let after = ["", " today", " from around the web", " »", " and more and more"];
        for (raw, _) in HEADING_PHRASES.iter() {
            for a in around {
                for b in after {
                    lines.push(format!("{a}{raw}{b}"));
                }
            }
        }
        for (x, _) in HEADING_PHRASES.iter().take(40) {
            for (y, _) in HEADING_PHRASES.iter().skip(100).take(40) {
                lines.push(format!("{x} {y}"));
            }
        }
        for l in &lines {
            assert_eq!(heading_kind(l), reference_heading_kind(l), "heading {l:?}");
            for anywhere in [false, true] {
                assert_eq!(callout_kind(l, anywhere), reference_callout_kind(l, anywhere), "line {l:?}");
                // the pre-test never turns a callout away, whole or cut into runs
                if callout_kind(l, anywhere).is_some() {
                    assert!(may_be_callout(std::iter::once(l.as_str()), anywhere), "line {l:?}");
                    let runs: Vec<&str> = l.split(' ').collect();
                    assert!(may_be_callout(runs.into_iter(), anywhere), "line {l:?} in runs");
                }
            }
        }
    }

    fn kind(s: &str) -> Option<(Kind, String)> {
        let (mut text, mut ends) = (String::new(), Vec::new());
        crate::text::name_tokens(s, &mut text, &mut ends);
        token_kind(crate::text::words(&text, &ends, 0, ends.len()))
    }

    #[test]
    fn tokens_match_words_not_substrings() {
        assert!(kind("share-bar").is_some());
        assert!(kind("shareholder-letter").is_none());
        // hex pieces of a GUID are not words
        assert!(kind("navId-D0F14EC9-05BC-4188-AE41-A4CD18FD19AD").is_none());
        // minified class names: short words are generated, long ones still count
        assert!(kind("ob bu oc nb r y").is_none() && kind("ad bx r tq").is_none());
        assert!(kind("ob bu oc nb newsletter").is_some() && kind("ad ad-top").is_some() && kind("ad bx r").is_some());
        assert_eq!(kind("ad-slot-300x250").map(|k| k.0), Some(Kind::Advert));
        assert_eq!(kind("mostRead").map(|k| k.0), Some(Kind::MostRead));
        // the teaser of the story that follows, at the foot of this one
        assert_eq!(kind("nextArticle").map(|k| k.0), Some(Kind::Related));
        assert_eq!(kind("next-post block relative").map(|k| k.0), Some(Kind::Related));
        assert_eq!(kind("recommendations").map(|k| k.0), Some(Kind::Recommendation));
        // words run together, and the class names of widely used plugins and vendors
        assert_eq!(kind("jp-relatedposts").map(|k| k.0), Some(Kind::Related));
        assert_eq!(kind("bdsharebuttonbox bdshare-button-style0-16").map(|k| k.0), Some(Kind::Social));
        assert_eq!(kind("shariff clear").map(|k| k.0), Some(Kind::Social));
        assert_eq!(kind("snsButton").map(|k| k.0), Some(Kind::Social));
        assert_eq!(kind("sharedaddy sd-block sd-like jetpack-likes-widget-wrapper").map(|k| k.0), Some(Kind::Social));
        // names mined from the generic rules of the Fanboy lists (never the lists themselves)
        assert_eq!(kind("footer-socials").map(|k| k.0), Some(Kind::Social));
        assert_eq!(kind("followButtons").map(|k| k.0), Some(Kind::Social));
        assert_eq!(kind("also-read").map(|k| k.0), Some(Kind::Related));
        assert_eq!(kind("partnerContent").map(|k| k.0), Some(Kind::Sponsored));
        assert_eq!(kind("suggested-articles").map(|k| k.0), Some(Kind::Recommendation));
        assert_eq!(kind("teads-inread").map(|k| k.0), Some(Kind::Advert));
        assert!(kind("shareholders relatedness").is_none());
    }

    #[test]
    fn callouts_open_with_a_widget_phrase() {
        assert_eq!(callout_kind("Sign up for our newsletter to get the day's top stories", false).map(|k| k.0), Some(Kind::Newsletter));
        assert_eq!(callout_kind("Subscribe - 30 days free", false).map(|k| k.0), Some(Kind::Subscribe));
        // near the start outside the story, after a brand label
        assert_eq!(callout_kind("BREITBART CONNECT Sign Up For Our Newsletter", true).map(|k| k.0), Some(Kind::Newsletter));
        assert!(callout_kind("BREITBART CONNECT Sign Up For Our Newsletter", false).is_none());
        // a menu that ends with "Follow us" is not a promo line
        assert!(callout_kind("Games Movies TV Explore Wikis Follow Us", true).is_none());
        // list kinds and short labels are for headings, not lines
        assert!(callout_kind("Related stories", true).is_none());
        assert!(callout_kind("Officials want to subscribe to the plan", false).is_none());
    }

    #[test]
    fn social_counts_are_taken_over_the_normalised_words() {
        for t in ["Facebook Twitter Google+ Email", "teilen 17 tweet 0 +1 2 mail", "ПОДЕЛИТЬСЯ ВКонтакте", "x__Facebook--TWITTER 2024 iPhone", ""] {
            let h = crate::text::norm(t);
            let words: Vec<&str> = h.split(' ').filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit())).collect();
            let c = SocialCounts::of(t);
            assert_eq!(usize::from(c.words), words.len(), "{t}");
            assert_eq!(usize::from(c.social), words.iter().filter(|w| SOCIAL_WORDS.contains(w)).count(), "{t}");
        }
    }

    #[test]
    fn social_links_by_host() {
        assert!(is_social_link("https://www.facebook.com/Breitbart"));
        assert!(is_social_link("//twitter.com/#%21/BreitbartNews"));
        assert!(is_social_link("http://feeds.feedburner.com/breitbart"));
        assert!(is_social_link("HTTPS://X.com/aclu"));
        // a host that only ends with a network's name, a path that names one, other schemes
        assert!(!is_social_link("https://www.box.com/x"));
        assert!(!is_social_link("https://example.com/twitter.com"));
        assert!(!is_social_link("/share/facebook.com"));
        assert!(!is_social_link("mailto:someone@facebook.com"));
        assert!(!is_social_link("https://notfacebook.com/"));
        assert_eq!(link_host("https://user@WWW.x.com:443/p?q"), Some("WWW.x.com"));
        assert!(on_domain("WWW.X.com", "x.com") && on_domain("x.com", "x.com") && !on_domain("ox.com", "x.com") && !on_domain("é.com", "xé.com"));
    }

    #[test]
    fn share_bars_are_network_names() {
        let is_social_bar = |t: &str| SocialCounts::of(t).is_social_bar();
        assert!(is_social_bar("Facebook Twitter Google+ Email"));
        assert!(is_social_bar("Share on Facebook Share on Twitter Share via Email"));
        assert!(is_social_bar("teilen 17 tweet 0 +1 2 mail"));
        assert!(!is_social_bar("Follow him on Twitter for more updates from Beijing"));
        assert!(!is_social_bar("About us Contact Privacy Facebook"));
        assert!(!is_social_bar("Facebook"));
    }

    #[test]
    fn heading_phrases_in_many_languages() {
        assert_eq!(heading_kind("Latest Photo Galleries on xinmsn").map(|k| k.0), Some(Kind::Gallery));
        assert_eq!(heading_kind("facebook recommendations").map(|k| k.0), Some(Kind::Recommendation));
        // titles seen on the twelfth round's pages, in four languages
        assert_eq!(heading_kind("10 derniers articles").map(|k| k.0), Some(Kind::Related));
        assert_eq!(heading_kind("Mehr Artikel aus dieser Rubrik gibt's hier:").map(|k| k.0), Some(Kind::Related));
        assert_eq!(heading_kind("トップニュース").map(|k| k.0), Some(Kind::Related));
        assert_eq!(heading_kind("注目の動画").map(|k| k.0), Some(Kind::Gallery));
        assert_eq!(heading_kind("Got a Tip? Tell Us.").map(|k| k.0), Some(Kind::Promo));
        assert_eq!(heading_kind("Was mehr Artikel bringen"), None);
        assert_eq!(heading_kind("À lire aussi").map(|k| k.0), Some(Kind::Related));
        assert_eq!(heading_kind("関連記事").map(|k| k.0), Some(Kind::Related));
        assert_eq!(heading_kind("Vidéos les plus vues").map(|k| k.0), Some(Kind::MostRead));
        assert_eq!(heading_kind("Relacionadas").map(|k| k.0), Some(Kind::Related));
        assert_eq!(heading_kind("Suivez-nous").map(|k| k.0), Some(Kind::Social));
        assert_eq!(heading_kind("【関連記事】").map(|k| k.0), Some(Kind::Related));
        assert_eq!(heading_kind("Advertisement").map(|k| k.0), Some(Kind::Advert));
        assert!(heading_kind("Talks resume in Beijing").is_none());
        assert_eq!(heading_kind("Read This Next").map(|k| k.0), Some(Kind::Related));
        assert_eq!(heading_kind("More coverage of the Beijing talks").map(|k| k.0), Some(Kind::Related));
        // the second round of languages
        assert_eq!(heading_kind("熱門文章").map(|k| k.0), Some(Kind::MostRead));
        assert_eq!(heading_kind("Meistgelesene Artikel").map(|k| k.0), Some(Kind::MostRead));
        assert_eq!(heading_kind("Lees ook").map(|k| k.0), Some(Kind::Related));
        assert_eq!(heading_kind("Czytaj także:").map(|k| k.0), Some(Kind::Related));
        assert_eq!(heading_kind("İlgili Haberler").map(|k| k.0), Some(Kind::Related));
        assert_eq!(heading_kind("Новости партнёров").map(|k| k.0), Some(Kind::Sponsored));
        assert_eq!(heading_kind("관련기사").map(|k| k.0), Some(Kind::Related));
        assert_eq!(heading_kind("Baca Juga").map(|k| k.0), Some(Kind::Related));
        assert_eq!(heading_kind("Anzeige").map(|k| k.0), Some(Kind::Advert));
        assert!(heading_kind("Reklamationen nehmen zu").is_none());
    }

    #[test]
    fn marked_phrases_only_open_a_title() {
        assert_eq!(heading_kind("More about the federal debt and the economy").map(|k| k.0), Some(Kind::Related));
        assert_eq!(heading_kind("More on Brexit").map(|k| k.1), Some("more on"));
        assert_eq!(heading_kind("More in Social Media").map(|k| k.1), Some("more in"));
        assert_eq!(heading_kind("Latest on TechCrunch TV").map(|k| k.1), Some("latest on"));
        assert_eq!(heading_kind("Leser empfehlen").map(|k| k.0), Some(Kind::Recommendation));
        assert_eq!(heading_kind("Previous Article").map(|k| k.0), Some(Kind::Related));
        assert!(heading_kind("Why the delegates took part more in the talks").is_none());
        assert_eq!(callout_kind("Submit your letter to the editor via this form.", false).map(|k| k.0), Some(Kind::Promo));
        // a subheading of the story that has the words inside
        assert!(heading_kind("Learn more about the programme").is_none());
        assert!(heading_kind("Why the talks matter more on Sunday").is_none());
        // unmarked phrases of several words still match anywhere
        assert_eq!(heading_kind("Health Solutions From Our Sponsors").map(|k| k.0), Some(Kind::Sponsored));
        assert_eq!(heading_kind("Featured Slide Shows").map(|k| k.0), Some(Kind::Gallery));
        assert_eq!(heading_kind("Don't miss").map(|k| k.0), Some(Kind::Related));
        // marked to end a title: a sponsor's credit, not a sentence that goes on
        assert_eq!(heading_kind("Seascape: the state of our oceans is supported by").map(|k| k.0), Some(Kind::Sponsored));
        assert_eq!(heading_kind("Supported by").map(|k| k.0), Some(Kind::Sponsored));
        assert!(heading_kind("A plan supported by both parties").is_none());
        assert!(callout_kind("Brought to you by our friends at Acme", true).is_none());
        // app banners, as a label and as a line
        assert_eq!(heading_kind("Open in app").map(|k| k.0), Some(Kind::Promo));
        assert_eq!(callout_kind("Open in the app to read on", false).map(|k| k.0), Some(Kind::Promo));
    }
}
