//! Compact built-in gazetteers: countries (with short forms, demonyms and capitals, so that
//! "Pyongyang", "North Korean" and "N.Korea" all count for North Korea), international
//! organisations, news agencies and major cities. Small on purpose: the .wasm carries it.

/// (country, other names and demonyms, capital). Demonyms count as mentions of the country.
pub const COUNTRIES: &[(&str, &[&str], &str)] = &[
    ("Afghanistan", &["Afghan", "Afghans"], "Kabul"),
    ("Albania", &["Albanian"], "Tirana"),
    ("Algeria", &["Algerian"], "Algiers"),
    ("Argentina", &["Argentine", "Argentinian", "Argentina's"], "Buenos Aires"),
    ("Armenia", &["Armenian"], "Yerevan"),
    ("Australia", &["Australian", "Australians"], "Canberra"),
    ("Austria", &["Austrian", "Österreich"], "Vienna"),
    ("Azerbaijan", &["Azerbaijani"], "Baku"),
    ("Bangladesh", &["Bangladeshi"], "Dhaka"),
    ("Belarus", &["Belarusian"], "Minsk"),
    ("Belgium", &["Belgian", "Belgique"], "Brussels"),
    ("Bolivia", &["Bolivian"], "La Paz"),
    ("Bosnia", &["Bosnian"], "Sarajevo"),
    ("Brazil", &["Brazilian", "Brasil", "Brésil"], "Brasilia"),
    ("Bulgaria", &["Bulgarian"], "Sofia"),
    ("Cambodia", &["Cambodian"], "Phnom Penh"),
    ("Canada", &["Canadian", "Canadians"], "Ottawa"),
    ("Chile", &["Chilean"], "Santiago"),
    ("China", &["Chinese", "PRC", "Chine", "Čína", "中国", "中國"], "Beijing"),
    ("Colombia", &["Colombian"], "Bogota"),
    ("Croatia", &["Croatian"], "Zagreb"),
    ("Cuba", &["Cuban"], "Havana"),
    ("Czech Republic", &["Czech", "Czechia", "Česko", "Czechs"], "Prague"),
    ("Denmark", &["Danish"], "Copenhagen"),
    ("Egypt", &["Egyptian", "Egyptians"], "Cairo"),
    ("Estonia", &["Estonian"], "Tallinn"),
    ("Ethiopia", &["Ethiopian"], "Addis Ababa"),
    ("Finland", &["Finnish"], "Helsinki"),
    ("France", &["French", "Francie"], "Paris"),
    ("Georgia", &["Georgian"], "Tbilisi"),
    ("Germany", &["German", "Germans", "Deutschland", "Allemagne", "Německo"], "Berlin"),
    ("Ghana", &["Ghanaian"], "Accra"),
    ("Greece", &["Greek", "Greeks"], "Athens"),
    ("Hungary", &["Hungarian"], "Budapest"),
    ("India", &["Indian", "Indians"], "New Delhi"),
    ("Indonesia", &["Indonesian"], "Jakarta"),
    ("Iran", &["Iranian", "Iranians"], "Tehran"),
    ("Iraq", &["Iraqi", "Iraqis"], "Baghdad"),
    ("Ireland", &["Irish"], "Dublin"),
    ("Israel", &["Israeli", "Israelis"], "Jerusalem"),
    ("Italy", &["Italian", "Italians", "Italia", "Italie"], "Rome"),
    ("Japan", &["Japanese", "Japon", "Japonsko", "日本"], "Tokyo"),
    ("Jordan", &["Jordanian"], "Amman"),
    ("Kazakhstan", &["Kazakh"], "Astana"),
    ("Kenya", &["Kenyan"], "Nairobi"),
    ("Kuwait", &["Kuwaiti"], "Kuwait City"),
    ("Latvia", &["Latvian"], "Riga"),
    ("Lebanon", &["Lebanese"], "Beirut"),
    ("Libya", &["Libyan"], "Tripoli"),
    ("Lithuania", &["Lithuanian"], "Vilnius"),
    ("Malaysia", &["Malaysian"], "Kuala Lumpur"),
    ("Mexico", &["Mexican", "Mexicans", "México"], "Mexico City"),
    ("Mongolia", &["Mongolian"], "Ulaanbaatar"),
    ("Morocco", &["Moroccan"], "Rabat"),
    ("Myanmar", &["Burma", "Burmese"], "Naypyidaw"),
    ("Nepal", &["Nepali", "Nepalese"], "Kathmandu"),
    ("Netherlands", &["Dutch", "Holland"], "Amsterdam"),
    ("New Zealand", &["New Zealander"], "Wellington"),
    ("Nigeria", &["Nigerian"], "Abuja"),
    ("North Korea", &["N.Korea", "N. Korea", "North Korean", "North Koreans", "DPRK", "北朝鮮", "朝鲜", "北韓"], "Pyongyang"),
    ("Norway", &["Norwegian"], "Oslo"),
    ("Pakistan", &["Pakistani", "Pakistanis"], "Islamabad"),
    ("Palestine", &["Palestinian", "Palestinians"], "Ramallah"),
    ("Peru", &["Peruvian"], "Lima"),
    ("Philippines", &["Philippine", "Filipino", "Filipinos"], "Manila"),
    ("Poland", &["Polish", "Poles", "Polsko"], "Warsaw"),
    ("Portugal", &["Portuguese"], "Lisbon"),
    ("Qatar", &["Qatari"], "Doha"),
    ("Romania", &["Romanian"], "Bucharest"),
    ("Russia", &["Russian", "Russians", "Russie", "Rusko", "Россия", "ロシア", "俄罗斯", "俄羅斯"], "Moscow"),
    ("Saudi Arabia", &["Saudi", "Saudis"], "Riyadh"),
    ("Serbia", &["Serbian", "Serbs"], "Belgrade"),
    ("Singapore", &["Singaporean", "Singaporeans"], "Singapore"),
    ("Slovakia", &["Slovak", "Slovensko"], "Bratislava"),
    ("Slovenia", &["Slovenian"], "Ljubljana"),
    ("South Africa", &["South African"], "Pretoria"),
    ("South Korea", &["S.Korea", "S. Korea", "South Korean", "South Koreans", "Korea", "韓国", "韩国", "南韓"], "Seoul"),
    ("Spain", &["Spanish", "España", "Espagne", "Španělsko"], "Madrid"),
    ("Sri Lanka", &["Sri Lankan"], "Colombo"),
    ("Sudan", &["Sudanese"], "Khartoum"),
    ("Sweden", &["Swedish", "Swedes"], "Stockholm"),
    ("Switzerland", &["Swiss", "Suisse", "Schweiz"], "Bern"),
    ("Syria", &["Syrian", "Syrians"], "Damascus"),
    ("Taiwan", &["Taiwanese", "台湾", "臺灣"], "Taipei"),
    ("Thailand", &["Thai"], "Bangkok"),
    ("Tunisia", &["Tunisian"], "Tunis"),
    ("Turkey", &["Turkish", "Turks", "Türkiye"], "Ankara"),
    ("Ukraine", &["Ukrainian", "Ukrainians", "Ukrajina"], "Kyiv"),
    ("United Arab Emirates", &["UAE", "Emirati"], "Abu Dhabi"),
    ("United Kingdom", &["UK", "U.K.", "Britain", "British", "Great Britain", "Britons"], "London"),
    ("United States", &["US", "U.S.", "USA", "U.S.A.", "America", "American", "Americans", "États-Unis", "Estados Unidos", "米国", "美国", "美國"], "Washington"),
    ("Venezuela", &["Venezuelan"], "Caracas"),
    ("Vietnam", &["Vietnamese", "Viet Nam"], "Hanoi"),
    ("Yemen", &["Yemeni"], "Sanaa"),
    ("Zimbabwe", &["Zimbabwean", "Zimbabweans"], "Harare"),
    ("Zambia", &["Zambian"], "Lusaka"),
    ("Uganda", &["Ugandan"], "Kampala"),
    ("Tanzania", &["Tanzanian"], "Dodoma"),
    ("Rwanda", &["Rwandan"], "Kigali"),
    ("Somalia", &["Somali"], "Mogadishu"),
    ("Senegal", &["Senegalese"], "Dakar"),
    ("Mali", &["Malian"], "Bamako"),
    ("Congo", &["Congolese", "DRC"], "Kinshasa"),
    ("Angola", &["Angolan"], "Luanda"),
    ("Mozambique", &["Mozambican"], "Maputo"),
    ("Cameroon", &["Cameroonian"], "Yaounde"),
    ("South Sudan", &["South Sudanese"], "Juba"),
    ("Ecuador", &["Ecuadorian"], "Quito"),
    ("Uruguay", &["Uruguayan"], "Montevideo"),
    ("Paraguay", &["Paraguayan"], "Asuncion"),
    ("Iceland", &["Icelandic"], "Reykjavik"),
    ("Luxembourg", &[], "Luxembourg"),
    ("Cyprus", &["Cypriot"], "Nicosia"),
    ("Moldova", &["Moldovan"], "Chisinau"),
    ("Uzbekistan", &["Uzbek"], "Tashkent"),
    ("Laos", &["Lao", "Laotian"], "Vientiane"),
    ("Bahrain", &["Bahraini"], "Manama"),
    ("Oman", &["Omani"], "Muscat"),
    ("Haiti", &["Haitian"], "Port-au-Prince"),
    ("Guatemala", &["Guatemalan"], "Guatemala City"),
    ("Honduras", &["Honduran"], "Tegucigalpa"),
    ("Nicaragua", &["Nicaraguan"], "Managua"),
    ("Panama", &["Panamanian"], "Panama City"),
    ("Eritrea", &["Eritrean"], "Asmara"),
];

/// International organisations: (name, other names).
pub const ORGANIZATIONS: &[(&str, &[&str])] = &[
    ("United Nations", &["UN", "U.N."]),
    ("European Union", &["EU", "E.U."]),
    ("NATO", &["Nato"]),
    ("World Health Organization", &["WHO"]),
    ("International Monetary Fund", &["IMF"]),
    ("World Bank", &[]),
    ("Red Cross", &["International Committee of the Red Cross", "ICRC"]),
    ("European Commission", &[]),
    ("Security Council", &["UN Security Council"]),
    ("OPEC", &[]),
    ("World Trade Organization", &["WTO"]),
    ("Federal Reserve", &["Fed"]),
    ("European Central Bank", &["ECB"]),
    ("Google", &[]),
    ("Apple", &[]),
    ("Microsoft", &[]),
    ("Facebook", &["Meta"]),
    ("Amazon", &[]),
    ("Mozilla", &[]),
];

/// News agencies: (short form, long form). Sources, and organisations when quoted.
pub const AGENCIES: &[(&str, &str)] = &[
    ("AFP", "Agence France-Presse"),
    ("AP", "Associated Press"),
    ("Reuters", "Reuters"),
    ("Kyodo", "Kyodo News"),
    ("dpa", "Deutsche Presse-Agentur"),
    ("EFE", "EFE"),
    ("Xinhua", "Xinhua"),
    ("Yonhap", "Yonhap"),
    ("ANSA", "ANSA"),
    ("TASS", "TASS"),
    ("ČTK", "Česká tisková kancelář"),
    ("PA", "Press Association"),
    ("Bloomberg", "Bloomberg"),
    ("NHK", "NHK"),
    ("KCNA", "Korean Central News Agency"),
];

/// Cities that are often dateline places, besides the capitals above.
const CITIES: crate::text::WordList = crate::word_list![
    "New York", "Los Angeles", "San Francisco", "Chicago", "Boston", "Seattle", "Houston", "Miami",
    "Hong Kong", "Shanghai", "Shenyang", "Osaka", "Geneva", "Zurich", "Frankfurt", "Munich",
    "Hamburg", "Milan", "Barcelona", "Istanbul", "Dubai", "Sydney", "Melbourne", "Toronto",
    "Montreal", "Vancouver", "Mumbai", "Sao Paulo", "São Paulo", "Rio de Janeiro", "Lagos",
    "Johannesburg", "Brno", "Manchester", "Liverpool", "Strasbourg", "Davos", "The Hague",
];

/// A country this name stands for (its name, another name or demonym, or its capital); plural
/// demonyms ("Tunisians") and a missing final full stop ("U.S") are also understood.
pub fn country_of(name: &str) -> Option<(&'static str, bool)> {
    let exact = |name: &str| tables().countries.get(name).copied();
    exact(name)
        .or_else(|| name.strip_suffix('s').filter(|n| n.len() > 4).and_then(exact).filter(|(_, cap)| !cap))
        .or_else(|| if name.contains('.') && !name.ends_with('.') { exact(&format!("{name}.")) } else { None })
}

/// Is this a name of a country (not a demonym or a capital)? Demonyms end in -an, -ese, -ish,
/// -i, -ic; the rest of the aliases are names ("Britain", "N.Korea", "USA").
pub fn is_country_name(name: &str) -> bool {
    let demonym = ["an", "ans", "ese", "ish", "i", "is", "ic", "ch", "sh", "ss", "ek", "ak", "ki"].iter().any(|s| name.ends_with(s));
    country_of(name).is_some_and(|(_, cap)| !cap) && !demonym
}

pub fn organization_of(name: &str) -> Option<&'static str> {
    tables().organizations.get(name).copied()
}

/// The lookups above as hash maps, built once. Each name keeps the answer the first matching
/// table row gave when the tables were searched in order: a country's name and aliases before
/// its capital, earlier rows before later ones, organizations before agencies.
struct Tables {
    countries: HashMap<&'static str, (&'static str, bool)>,
    organizations: HashMap<&'static str, &'static str>,
    capitals: crate::text::LookupSet<&'static str>,
}

use crate::text::LookupMap as HashMap;

fn tables() -> &'static Tables {
    static TABLES: std::sync::OnceLock<Tables> = std::sync::OnceLock::new();
    TABLES.get_or_init(|| {
        let mut countries = HashMap::default();
        for (c, aliases, capital) in COUNTRIES {
            for n in std::iter::once(c).chain(aliases.iter()) {
                countries.entry(*n).or_insert((*c, false));
            }
            countries.entry(*capital).or_insert((*c, true));
        }
        let mut organizations = HashMap::default();
        for (n, aliases) in ORGANIZATIONS {
            for a in std::iter::once(n).chain(aliases.iter()) {
                organizations.entry(*a).or_insert(*n);
            }
        }
        for (short, long) in AGENCIES {
            organizations.entry(*short).or_insert(*long);
            organizations.entry(*long).or_insert(*long);
        }
        let capitals = COUNTRIES.iter().map(|(_, _, cap)| *cap).collect();
        Tables { countries, organizations, capitals }
    })
}

/// Continents and world regions: places, not parties.
const REGIONS: crate::text::WordList = crate::word_list![
    "Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Central America",
    "Middle East", "Oceania", "Antarctica", "Arctic", "Scandinavia", "Balkans", "Caribbean",
    "Southeast Asia", "East Asia", "Central Asia", "West Africa", "East Africa", "North Africa",
    "Sub-Saharan Africa", "Eastern Europe", "Western Europe", "Siberia", "Pacific", "Atlantic",
];

pub fn is_region(name: &str) -> bool {
    crate::in_table!(REGIONS, name)
}

pub fn is_city(name: &str) -> bool {
    crate::in_table!(CITIES, name) || tables().capitals.contains(name)
}
