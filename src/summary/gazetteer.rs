//! Compact built-in gazetteers: countries (with short forms, demonyms and capitals, so that
//! "Pyongyang", "North Korean" and "N.Korea" all count for North Korea), international
//! organisations, news agencies and major cities. Small on purpose: the .wasm carries it.

/// A table of (country, other names, capital) rows stored as one string (`country_table!`):
/// a slice of three `&str` costs 24 bytes of the .wasm a row, for 124 rows.
pub struct CountryTable(&'static str);

impl CountryTable {
    /// The rows in table order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
        self.0.split_terminator('\u{1e}').map(|row| {
            let mut f = row.splitn(3, '\u{1f}');
            (f.next().unwrap_or(""), f.next().unwrap_or(""), f.next().unwrap_or(""))
        })
    }
}

/// `CountryTable` from rows written like a slice's: `country_table![("Japan", "Japanese", "Tokyo"), …]`.
macro_rules! country_table {
    ($(($c:literal, $a:literal, $k:literal)),* $(,)?) => {
        CountryTable(concat!($($c, "\u{1f}", $a, "\u{1f}", $k, "\u{1e}"),*))
    };
}

/// (country, other names and demonyms as one string split by `other_names`, capital).
/// Demonyms count as mentions of the country; the other names include the country's name in
/// French, German, Spanish, Portuguese, Italian and Czech where it differs.
pub const COUNTRIES: CountryTable = country_table![
    ("Afghanistan", "Afghan|Afghans|Afganistán|Afeganistão|Afghánistán", "Kabul"),
    ("Albania", "Albanian", "Tirana"),
    ("Algeria", "Algerian|Algérie|Algerien|Argelia|Argélia|Alžírsko", "Algiers"),
    ("Argentina", "Argentine|Argentinian|Argentina's|Argentinien", "Buenos Aires"),
    ("Armenia", "Armenian", "Yerevan"),
    ("Australia", "Australian|Australians|Australie|Australien|Austrália|Austrálie", "Canberra"),
    ("Austria", "Austrian|Österreich|Autriche|Rakousko", "Vienna"),
    ("Azerbaijan", "Azerbaijani", "Baku"),
    ("Bangladesh", "Bangladeshi", "Dhaka"),
    ("Belarus", "Belarusian", "Minsk"),
    ("Belgium", "Belgian|Belgique|Belgien|Bélgica|Belgio|Belgie", "Brussels"),
    ("Bolivia", "Bolivian", "La Paz"),
    ("Bosnia", "Bosnian", "Sarajevo"),
    ("Brazil", "Brazilian|Brasil|Brésil|Brasilien|Brasile|Brazílie", "Brasilia"),
    ("Bulgaria", "Bulgarian|Bulgarie|Bulgarien|Bulgária|Bulharsko", "Sofia"),
    ("Cambodia", "Cambodian", "Phnom Penh"),
    ("Canada", "Canadian|Canadians|Kanada|Canadá", "Ottawa"),
    ("Chile", "Chilean", "Santiago"),
    ("China", "Chinese|PRC|Chine|Čína|中国|中國|Cina", "Beijing"),
    ("Colombia", "Colombian|Colombie|Kolumbien|Colômbia|Kolumbie", "Bogota"),
    ("Croatia", "Croatian|Croatie|Kroatien|Croacia|Croácia|Croazia|Chorvatsko", "Zagreb"),
    ("Cuba", "Cuban|Kuba", "Havana"),
    ("Czech Republic", "Czech|Czechia|Česko|Czechs|Tschechien|República Checa|Tchéquie", "Prague"),
    ("Denmark", "Danish|Danemark|Dänemark|Dinamarca|Danimarca|Dánsko", "Copenhagen"),
    ("Egypt", "Egyptian|Egyptians|Égypte|Ägypten|Egipto|Egito|Egitto", "Cairo"),
    ("Estonia", "Estonian", "Tallinn"),
    ("Ethiopia", "Ethiopian|Éthiopie|Äthiopien|Etiopía|Etiópia|Etiopia|Etiopie", "Addis Ababa"),
    ("Finland", "Finnish|Finlande|Finnland|Finlandia|Finlândia|Finsko", "Helsinki"),
    ("France", "French|Francie|Frankreich|Francia|França", "Paris"),
    ("Georgia", "Georgian", "Tbilisi"),
    ("Germany", "German|Germans|Deutschland|Allemagne|Německo|Alemania|Alemanha|Germania", "Berlin"),
    ("Ghana", "Ghanaian", "Accra"),
    ("Greece", "Greek|Greeks|Grèce|Griechenland|Grecia|Grécia|Řecko", "Athens"),
    ("Hungary", "Hungarian|Hongrie|Ungarn|Hungría|Hungria|Ungheria|Maďarsko", "Budapest"),
    ("India", "Indian|Indians|Inde|Indien|Índia", "New Delhi"),
    ("Indonesia", "Indonesian|Indonésie|Indonesien|Indonésia", "Jakarta"),
    ("Iran", "Iranian|Iranians|Irã|Irão|Írán", "Tehran"),
    ("Iraq", "Iraqi|Iraqis|Irak|Iraque|Irák", "Baghdad"),
    ("Ireland", "Irish|Irlande|Irland|Irlanda|Irsko", "Dublin"),
    ("Israel", "Israeli|Israelis|Israël|Israele|Izrael", "Jerusalem"),
    ("Italy", "Italian|Italians|Italia|Italie|Italien|Itália|Itálie", "Rome"),
    ("Japan", "Japanese|Japon|Japonsko|日本|Japón|Japão|Giappone", "Tokyo"),
    ("Jordan", "Jordanian|Jordanie|Jordanien|Jordania|Jordânia|Giordania|Jordánsko", "Amman"),
    ("Kazakhstan", "Kazakh", "Astana"),
    ("Kenya", "Kenyan", "Nairobi"),
    ("Kuwait", "Kuwaiti", "Kuwait City"),
    ("Latvia", "Latvian", "Riga"),
    ("Lebanon", "Lebanese|Liban|Libanon|Líbano|Libano", "Beirut"),
    ("Libya", "Libyan|Libye|Libyen|Libia|Líbia", "Tripoli"),
    ("Lithuania", "Lithuanian", "Vilnius"),
    ("Malaysia", "Malaysian", "Kuala Lumpur"),
    ("Mexico", "Mexican|Mexicans|México|Mexique|Mexiko|Messico", "Mexico City"),
    ("Mongolia", "Mongolian", "Ulaanbaatar"),
    ("Morocco", "Moroccan|Maroc|Marokko|Marruecos|Marrocos|Marocco", "Rabat"),
    ("Myanmar", "Burma|Burmese", "Naypyidaw"),
    ("Nepal", "Nepali|Nepalese|Népal", "Kathmandu"),
    ("Netherlands", "Dutch|Holland|Pays-Bas|Niederlande|Países Bajos|Países Baixos|Holanda|Paesi Bassi|Nizozemsko", "Amsterdam"),
    ("New Zealand", "New Zealander|Nouvelle-Zélande|Neuseeland|Nueva Zelanda|Nova Zelândia|Nuova Zelanda|Nový Zéland", "Wellington"),
    ("Nigeria", "Nigerian|Nigéria", "Abuja"),
    ("North Korea", "N.Korea|N. Korea|North Korean|North Koreans|DPRK|北朝鮮|朝鲜|北韓|Corée du Nord|Nordkorea|Corea del Norte|Corea del Nord|Severní Korea", "Pyongyang"),
    ("Norway", "Norwegian|Norvège|Norwegen|Noruega|Norvegia|Norsko", "Oslo"),
    ("Pakistan", "Pakistani|Pakistanis|Paquistão|Pákistán", "Islamabad"),
    ("Palestine", "Palestinian|Palestinians|Palästina|Palestina", "Ramallah"),
    ("Peru", "Peruvian|Pérou|Perú", "Lima"),
    ("Philippines", "Philippine|Filipino|Filipinos|Philippinen|Filipinas|Filippine|Filipíny", "Manila"),
    ("Poland", "Polish|Poles|Polsko|Pologne|Polen|Polonia|Polônia|Polónia", "Warsaw"),
    ("Portugal", "Portuguese|Portogallo|Portugalsko", "Lisbon"),
    ("Qatar", "Qatari|Katar", "Doha"),
    ("Romania", "Romanian|Roumanie|Rumänien|Rumanía|Roménia|Rumunsko", "Bucharest"),
    ("Russia", "Russian|Russians|Russie|Rusko|Россия|ロシア|俄罗斯|俄羅斯|Russland|Rusia|Rússia", "Moscow"),
    ("Saudi Arabia", "Saudi|Saudis|Arabie saoudite|Saudi-Arabien|Arabia Saudita|Arábia Saudita|Saúdská Arábie", "Riyadh"),
    ("Serbia", "Serbian|Serbs|Serbie|Serbien|Sérvia|Srbsko", "Belgrade"),
    ("Singapore", "Singaporean|Singaporeans", "Singapore"),
    ("Slovakia", "Slovak|Slovensko|Slovaquie|Slowakei|Eslovaquia|Eslováquia|Slovacchia", "Bratislava"),
    ("Slovenia", "Slovenian", "Ljubljana"),
    ("South Africa", "South African|Afrique du Sud|Südafrika|Sudáfrica|Sudafrica|Jihoafrická republika", "Pretoria"),
    ("South Korea", "S.Korea|S. Korea|South Korean|South Koreans|Korea|韓国|韩国|南韓|Corée du Sud|Südkorea|Corea del Sur|Corea del Sud|Jižní Korea", "Seoul"),
    ("Spain", "Spanish|España|Espagne|Španělsko|Spanien|Espanha|Spagna", "Madrid"),
    ("Sri Lanka", "Sri Lankan", "Colombo"),
    ("Sudan", "Sudanese|Soudan|Sudán|Sudão|Súdán", "Khartoum"),
    ("Sweden", "Swedish|Swedes|Suède|Schweden|Suecia|Suécia|Svezia|Švédsko", "Stockholm"),
    ("Switzerland", "Swiss|Suisse|Schweiz|Suiza|Suíça|Svizzera|Švýcarsko", "Bern"),
    ("Syria", "Syrian|Syrians|Syrie|Syrien|Siria|Síria|Sýrie", "Damascus"),
    ("Taiwan", "Taiwanese|台湾|臺灣", "Taipei"),
    ("Thailand", "Thai|Thaïlande|Tailandia|Tailândia|Thajsko", "Bangkok"),
    ("Tunisia", "Tunisian|Tunisie|Tunesien|Túnez|Tunísia", "Tunis"),
    ("Turkey", "Turkish|Turks|Türkiye|Turquie|Türkei|Turquía|Turquia|Turchia|Turecko", "Ankara"),
    ("Ukraine", "Ukrainian|Ukrainians|Ukrajina|Ucrania|Ucrânia|Ucraina", "Kyiv"),
    ("United Arab Emirates", "UAE|Emirati", "Abu Dhabi"),
    ("United Kingdom", "UK|U.K.|Britain|British|Great Britain|Britons|Royaume-Uni|Grande-Bretagne|Großbritannien|Reino Unido|Regno Unito|Gran Bretagna|Velká Británie|Británie", "London"),
    ("United States", "US|U.S.|USA|U.S.A.|America|American|Americans|États-Unis|Estados Unidos|米国|美国|美國|Vereinigte Staaten|Stati Uniti|Spojené státy", "Washington"),
    ("Venezuela", "Venezuelan", "Caracas"),
    ("Vietnam", "Vietnamese|Viet Nam|Viêt Nam", "Hanoi"),
    ("Yemen", "Yemeni|Jemen|Iémen", "Sanaa"),
    ("Zimbabwe", "Zimbabwean|Zimbabweans", "Harare"),
    ("Zambia", "Zambian", "Lusaka"),
    ("Uganda", "Ugandan", "Kampala"),
    ("Tanzania", "Tanzanian", "Dodoma"),
    ("Rwanda", "Rwandan", "Kigali"),
    ("Somalia", "Somali", "Mogadishu"),
    ("Senegal", "Senegalese", "Dakar"),
    ("Mali", "Malian", "Bamako"),
    ("Congo", "Congolese|DRC", "Kinshasa"),
    ("Angola", "Angolan", "Luanda"),
    ("Mozambique", "Mozambican", "Maputo"),
    ("Cameroon", "Cameroonian", "Yaounde"),
    ("South Sudan", "South Sudanese", "Juba"),
    ("Ecuador", "Ecuadorian", "Quito"),
    ("Uruguay", "Uruguayan", "Montevideo"),
    ("Paraguay", "Paraguayan", "Asuncion"),
    ("Iceland", "Icelandic", "Reykjavik"),
    ("Luxembourg", "", "Luxembourg"),
    ("Cyprus", "Cypriot", "Nicosia"),
    ("Moldova", "Moldovan", "Chisinau"),
    ("Uzbekistan", "Uzbek", "Tashkent"),
    ("Laos", "Lao|Laotian", "Vientiane"),
    ("Bahrain", "Bahraini", "Manama"),
    ("Oman", "Omani", "Muscat"),
    ("Haiti", "Haitian", "Port-au-Prince"),
    ("Guatemala", "Guatemalan", "Guatemala City"),
    ("Honduras", "Honduran", "Tegucigalpa"),
    ("Nicaragua", "Nicaraguan", "Managua"),
    ("Panama", "Panamanian", "Panama City"),
    ("Eritrea", "Eritrean", "Asmara"),
    // the rest of the UN's members with a few million people or more, and the small ones that
    // make the news; no capital where the name is as often another place's ("Kingston",
    // "Georgetown", "Nassau", "Victoria", "San José")
    ("Benin", "Beninese", "Porto-Novo"),
    ("Botswana", "Botswanan", "Gaborone"),
    ("Burkina Faso", "Burkinabe", "Ouagadougou"),
    ("Burundi", "Burundian", "Gitega"),
    ("Central African Republic", "", "Bangui"),
    ("Chad", "Chadian", "N'Djamena"),
    ("Djibouti", "Djiboutian", ""),
    ("Equatorial Guinea", "Equatoguinean", "Malabo"),
    ("Eswatini", "Swaziland|Swazi", "Mbabane"),
    ("Gabon", "Gabonese", "Libreville"),
    ("Gambia", "The Gambia|Gambian", "Banjul"),
    ("Guinea", "Guinean", "Conakry"),
    ("Guinea-Bissau", "Bissau-Guinean", "Bissau"),
    ("Ivory Coast", "Côte d'Ivoire|Cote d'Ivoire|Ivorian", "Abidjan"),
    ("Lesotho", "Basotho", "Maseru"),
    ("Liberia", "Liberian", "Monrovia"),
    ("Madagascar", "Malagasy", "Antananarivo"),
    ("Malawi", "Malawian", "Lilongwe"),
    ("Mauritania", "Mauritanian", "Nouakchott"),
    ("Mauritius", "Mauritian", "Port Louis"),
    ("Namibia", "Namibian", "Windhoek"),
    ("Niger", "Nigerien", "Niamey"),
    ("Sierra Leone", "Sierra Leonean", "Freetown"),
    ("Togo", "Togolese", "Lomé"),
    ("Cape Verde", "Cabo Verde|Cape Verdean", "Praia"),
    ("Malta", "Maltese", "Valletta"),
    ("Montenegro", "Montenegrin", "Podgorica"),
    ("North Macedonia", "Macedonia|Macedonian", "Skopje"),
    ("Kosovo", "Kosovar|Kosovan", "Pristina"),
    ("Bhutan", "Bhutanese", "Thimphu"),
    ("Brunei", "Bruneian", "Bandar Seri Begawan"),
    ("East Timor", "Timor-Leste|Timorese", "Dili"),
    ("Kyrgyzstan", "Kyrgyz", "Bishkek"),
    ("Tajikistan", "Tajik", "Dushanbe"),
    ("Turkmenistan", "Turkmen", "Ashgabat"),
    ("Maldives", "Maldivian", "Malé"),
    ("Papua New Guinea", "Papua New Guinean", "Port Moresby"),
    ("Fiji", "Fijian", "Suva"),
    ("Samoa", "Samoan", "Apia"),
    ("Tonga", "Tongan", ""),
    ("Vanuatu", "", "Port Vila"),
    ("Solomon Islands", "", "Honiara"),
    ("Costa Rica", "Costa Rican", ""),
    ("El Salvador", "Salvadoran|Salvadorean", "San Salvador"),
    ("Dominican Republic", "Dominican", "Santo Domingo"),
    ("Jamaica", "Jamaican", ""),
    ("Trinidad and Tobago", "Trinidad|Trinidadian", "Port of Spain"),
    ("Bahamas", "The Bahamas|Bahamian", ""),
    ("Barbados", "Barbadian|Bajan", "Bridgetown"),
    ("Belize", "Belizean", "Belmopan"),
    ("Guyana", "Guyanese", ""),
    ("Suriname", "Surinamese", "Paramaribo"),
];

/// International organisations: (name, other names as one string split by `other_names`).
pub const ORGANIZATIONS: &[(&str, &str)] = &[
    ("United Nations", "UN|U.N."),
    ("European Union", "EU|E.U."),
    ("NATO", "Nato"),
    ("World Health Organization", "WHO"),
    ("International Monetary Fund", "IMF"),
    ("World Bank", ""),
    ("Red Cross", "International Committee of the Red Cross|ICRC"),
    ("European Commission", ""),
    ("Security Council", "UN Security Council"),
    ("OPEC", ""),
    ("World Trade Organization", "WTO"),
    ("Federal Reserve", "Fed"),
    ("European Central Bank", "ECB"),
    ("Google", ""),
    ("Apple", ""),
    ("Microsoft", ""),
    ("Facebook", "Meta"),
    ("Amazon", ""),
    ("Mozilla", ""),
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
    "Glasgow", "Edinburgh", "Birmingham", "New Orleans", "Atlanta", "Dallas", "Denver", "Detroit",
    "Philadelphia", "San Diego", "Las Vegas", "Calgary", "Cape Town", "Karachi", "Lahore", "Kolkata",
    "Bangalore", "Chennai", "Guangzhou", "Shenzhen", "Wuhan", "Chengdu", "St. Petersburg",
    "Marseille", "Lyon", "Cologne", "Stuttgart", "Naples", "Turin", "Rotterdam", "Antwerp",
    "Auckland", "Brisbane", "Jeddah", "Mecca", "Gaza City", "Aleppo", "Mosul", "Benghazi",
];

/// A country this name stands for (its name, another name or demonym, or its capital); plural
/// demonyms ("Tunisians") and a missing final full stop ("U.S") are also understood.
pub fn country_of(name: &str) -> Option<(&'static str, bool)> {
    let t = tables();
    let exact = |name: &str| t.countries.get(name).map(|&v| (t.names[(v / 2) as usize], v % 2 == 1));
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
    let t = tables();
    t.organizations.get(name).map(|&v| t.names[v as usize])
}

/// The lookups above as hash maps, built once. Each name keeps the answer the first matching
/// table row gave when the tables were searched in order: a country's name and aliases before
/// its capital, earlier rows before later ones, organizations before agencies.
///
/// Every map goes from a name to a `u32`, the type of the other word tables: the .wasm holds one
/// copy of a hash table's code per key and value type. A country's value is the index of its
/// name in `names` times two, plus one for a capital; an organisation's, the index of its name.
struct Tables {
    countries: HashMap<&'static str, u32>,
    organizations: HashMap<&'static str, u32>,
    capitals: HashMap<&'static str, u32>,
    names: Vec<&'static str>,
}

use crate::text::LookupMap as HashMap;

/// The other names of a `COUNTRIES` or `ORGANIZATIONS` row, stored as one string
/// ("Afghan|Afghans"): a slice of strings would cost eight bytes of the .wasm per name, for 600
/// names.
pub fn other_names(aliases: &'static str) -> impl Iterator<Item = &'static str> {
    aliases.split('|').filter(|a| !a.is_empty())
}

fn tables() -> &'static Tables {
    static TABLES: std::sync::OnceLock<Tables> = std::sync::OnceLock::new();
    TABLES.get_or_init(|| {
        let mut names = Vec::new();
        let mut countries = HashMap::default();
        let mut capitals = HashMap::default();
        for (c, aliases, capital) in COUNTRIES.iter() {
            let k = names.len() as u32;
            names.push(c);
            for n in std::iter::once(c).chain(other_names(aliases)) {
                countries.entry(n).or_insert(2 * k);
            }
            if !capital.is_empty() {
                countries.entry(capital).or_insert(2 * k + 1);
                capitals.insert(capital, k);
            }
        }
        let mut organizations = HashMap::default();
        for (n, aliases) in ORGANIZATIONS {
            let k = names.len() as u32;
            names.push(n);
            for a in std::iter::once(*n).chain(other_names(aliases)) {
                organizations.entry(a).or_insert(k);
            }
        }
        for (short, long) in AGENCIES {
            let k = names.len() as u32;
            names.push(long);
            organizations.entry(*short).or_insert(k);
            organizations.entry(*long).or_insert(k);
        }
        Tables { countries, organizations, capitals, names }
    })
}

/// Continents and world regions: places, not parties.
const REGIONS: crate::text::WordList = crate::word_list![
    "Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Central America",
    "Middle East", "Oceania", "Antarctica", "Arctic", "Scandinavia", "Balkans", "Caribbean",
    "Southeast Asia", "East Asia", "Central Asia", "West Africa", "East Africa", "North Africa",
    "Sub-Saharan Africa", "Eastern Europe", "Western Europe", "Siberia", "Pacific", "Atlantic",
];

/// The states of the United States (not "New York", "Washington" or "Georgia", which name a
/// city, a person or a country as often): their names read like a person's ("New Jersey"). And
/// the first-level parts of other countries that stories name as actors: the nations of the
/// United Kingdom, Canada's provinces, Australia's states (not "Victoria", a person's name).
const STATES: crate::text::WordList = crate::word_list![
    "England", "Scotland", "Wales", "Northern Ireland", "Ontario", "Quebec", "British Columbia",
    "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick", "Newfoundland",
    "Queensland", "New South Wales", "Tasmania",
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana",
    "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
    "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "North Carolina",
    "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina",
    "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "West Virginia",
    "Wisconsin", "Wyoming",
];

pub fn is_state(name: &str) -> bool {
    crate::in_table!(STATES, name)
}

pub fn is_region(name: &str) -> bool {
    crate::in_table!(REGIONS, name)
}

pub fn is_city(name: &str) -> bool {
    crate::in_table!(CITIES, name) || tables().capitals.contains_key(name)
}
