/**
 * The outlet gazetteer: which printed names are news outlets, their canonical display name, their
 * site, and which words are a journalist's ROLE rather than an outlet. Pure data plus lookups.
 *
 * Used to read the tail of a byline ("By Jane Doe, Los Angeles Times" vs "By Jane Doe, Staff
 * Writer") and to resolve who published a story. The names and sites of the entries listed in
 * the project's canonical-outlets brief are binding; do not rename them without changing it.
 *
 * The table ships in the content script, so it is a compact string parsed once at module load;
 * the name index (one Map of normalized keys) is built on the first lookup.
 *
 * Matching rules (see `findOutlet`): a printed name matches an entry when its normalized key is
 * the key of the entry's name or a variant, exactly. Nothing matches on a substring: 'Times',
 * 'News', 'Post' alone are nobody. A leading "The" does not count, except before a single generic
 * word ("The Hill", "The State", "The Age": "Hill", "State", "Age" alone are not outlets); and a
 * few "The <word>" forms are ambiguous between many papers ('The Times', 'The Star', 'The Sun')
 * and are never matched (their outlets are found by a qualified variant, e.g. 'The Times of London').
 *
 * Decisions the callers rely on:
 *  - Qualifiers are not part of a name: trailing parentheses ('(TNS)', '(AP)', '(Fresno, Calif.)')
 *    and a '/<wire or syndicate>' tail ('/Tribune News Service', '/TNS'); `stripOutletQualifiers`
 *    gives the printed name without them, for outlets not in the table. 'News Service' is NOT a
 *    qualifier: 'New York Times News Service' is its own entry, 'Bloomberg News Service' is nobody.
 *  - "<Outlet> <Section>" is the outlet when the last word is a section ('CNN Business', 'NBC News
 *    Digital', 'Politico Magazine'); the whole name is tried first, so 'Fox Business', 'CNN Wire'
 *    and 'Politico Europe' are their own entries.
 *  - 'Bloomberg Opinion' is Bloomberg News (same credit line, same site).
 *  - The agency code 'CNN' (dateline '(CNN) —') is CNN, not CNN Wire: 'CNN Wire' is found by name.
 *  - A site printed as the name ('kffhealthnews.org') is its outlet's.
 */

import { AMBIGUOUS, keyOf, words } from './name-words.ts';

export { asciiWords, unicodeWords } from './name-words.ts';

export type OutletKind = 'wire' | 'syndicate' | 'newspaper' | 'broadcaster' | 'magazine' | 'digital';

export interface Outlet {
  /** Canonical display name, e.g. 'The Associated Press', 'Los Angeles Times'. */
  name: string;
  /** Other printed forms, e.g. ['Associated Press', 'AP', 'The AP']; may be []. */
  variants: string[];
  /** Bare host, no www: 'apnews.com'. */
  site: string;
  kind: OutletKind;
  /** ISO 3166 alpha-2, e.g. 'US'. */
  country: string;
  /** Main language: 'en' | 'es' | 'fr' | ... */
  lang: string;
}

/*
 * The table. `@<kind> <country> <lang>` sets the fields of the lines that follow; each line is
 * `Canonical name|site|variant;variant`. In the site field, `+host` adds another host of the same
 * outlet (an old or national domain), and a leading `~` marks a service that shares its parent's
 * site (New York Times News Service on nytimes.com): `outletOfHost` never answers with it, but on
 * that site its name is the host's own. A service of a group of sites lists each after a `~`:
 * Dow Jones Newswires shares wsj.com, barrons.com, marketwatch.com and Investor's Business Daily's
 * site (the company's own properties, whose "Copyright Dow Jones & Company" is their own), and has
 * dowjones.com as its own host; its credit line names dowjones.com.
 */
const TABLE = `
@wire US en
The Associated Press|apnews.com+ap.org|Associated Press;AP;The AP
Bloomberg News|bloomberg.com|Bloomberg;Bloomberg L.P.;Bloomberg LP;Bloomberg Opinion
United Press International|upi.com|UPI
CNN Wire|~cnn.com|CNN Wire Service
Tribune News Service|~tribunecontentagency.com|TNS;McClatchy-Tribune News Service;McClatchy-Tribune Information Services;MCT
McClatchy|mcclatchy.com|McClatchy News;McClatchy Washington Bureau;McClatchy DC;McClatchy News Service
New York Times News Service|~nytimes.com|NYT News Service
Washington Post News Service|~washingtonpost.com|
Religion News Service|religionnews.com|RNS
Dow Jones Newswires|~wsj.com~barrons.com~marketwatch.com~investors.com+dowjones.com|Dow Jones;Dow Jones & Company;Dow Jones & Co.;Dow Jones News Service
Courthouse News Service|courthousenews.com|Courthouse News
Jewish Telegraphic Agency|jta.org|JTA
@wire GB en
Reuters|reuters.com|Thomson Reuters;Reuters News
PA Media|pa.media|Press Association;PA Media Group
@wire FR fr
Agence France-Presse|afp.com|AFP;Agence France Presse
@wire DE de
dpa|dpa.com|Deutsche Presse-Agentur;Deutsche Presse-Agentur GmbH;DPA International
@wire ES es
EFE|efe.com|Agencia EFE
Europa Press|europapress.es|
@wire CA en
The Canadian Press|thecanadianpress.com|Canadian Press
@wire AU en
Australian Associated Press|aap.com.au|AAP
@wire IN en
Press Trust of India|ptinews.com|PTI
Indo-Asian News Service|ians.in|IANS
Asian News International|aninews.in|ANI
United News of India|uniindia.com|UNI
@wire MY en
Bernama|bernama.com|Malaysian National News Agency
@wire AE en
Emirates News Agency|wam.ae|WAM
@wire KW en
Kuwait News Agency|kuna.net.kw|KUNA
@wire IT it
ANSA|ansa.it|Agenzia ANSA
@wire JP ja
Kyodo News|kyodonews.net|Kyodo
@wire KR ko
Yonhap News Agency|yna.co.kr|Yonhap
@wire CN zh
Xinhua|xinhuanet.com|Xinhua News Agency
@wire RU ru
TASS|tass.com|
@wire TR tr
Anadolu Agency|aa.com.tr|Anadolu
@syndicate US en
Tribune Content Agency|tribunecontentagency.com|Tribune Content Agency LLC;Tribune Media Services
Creators Syndicate|creators.com|Creators;Creators.com
King Features Syndicate|kingfeatures.com|King Features;King Features Synd.
Andrews McMeel Syndication|andrewsmcmeel.com|Andrews McMeel Universal;Universal Press Syndicate;Universal Uclick
Washington Post Writers Group|~washingtonpost.com|
Cagle Cartoons|caglecartoons.com|
@newspaper US en
The New York Times|nytimes.com|New York Times;NYT;NY Times
The Washington Post|washingtonpost.com|Washington Post;WaPo
The Wall Street Journal|wsj.com|Wall Street Journal;WSJ
USA Today|usatoday.com|USA TODAY
Los Angeles Times|latimes.com|LA Times;L.A. Times
New York Post|nypost.com|NY Post
Newsday|newsday.com|
The Christian Science Monitor|csmonitor.com|Christian Science Monitor
The Washington Times|washingtontimes.com|Washington Times
CQ-Roll Call|rollcall.com|CQ Roll Call;Roll Call
Stars and Stripes|stripes.com|
Chicago Tribune|chicagotribune.com|
The Baltimore Sun|baltimoresun.com|Baltimore Sun
Hartford Courant|courant.com|The Hartford Courant
Orlando Sentinel|orlandosentinel.com|
South Florida Sun Sentinel|sun-sentinel.com|Sun Sentinel;South Florida Sun-Sentinel;Sun-Sentinel
The Virginian-Pilot|pilotonline.com|Virginian-Pilot
Daily Press|dailypress.com|
The Morning Call|mcall.com|Morning Call
New York Daily News|nydailynews.com|Daily News
Capital Gazette|capitalgazette.com|
The San Diego Union-Tribune|sandiegouniontribune.com|San Diego Union-Tribune;Union-Tribune
The Denver Post|denverpost.com|Denver Post
The Mercury News|mercurynews.com|San Jose Mercury News;Mercury News
East Bay Times|eastbaytimes.com|
Orange County Register|ocregister.com|The Orange County Register;OC Register
Los Angeles Daily News|dailynews.com|LA Daily News
Press-Telegram|presstelegram.com|Long Beach Press-Telegram
The Press-Enterprise|pe.com|Press-Enterprise;Riverside Press-Enterprise
Daily Breeze|dailybreeze.com|
Pasadena Star-News|pasadenastarnews.com|
San Gabriel Valley Tribune|sgvtribune.com|
Inland Valley Daily Bulletin|dailybulletin.com|
San Bernardino Sun|sbsun.com|The Sun (San Bernardino)
Marin Independent Journal|marinij.com|
Santa Cruz Sentinel|santacruzsentinel.com|
Boston Herald|bostonherald.com|
St. Paul Pioneer Press|twincities.com|Pioneer Press;Saint Paul Pioneer Press
The Detroit News|detroitnews.com|Detroit News
The Oakland Press|theoaklandpress.com|Oakland Press
The Macomb Daily|macombdaily.com|Macomb Daily
Daily Camera|dailycamera.com|Boulder Daily Camera
The Trentonian|trentonian.com|Trentonian
The Lowell Sun|lowellsun.com|Lowell Sun
Loveland Reporter-Herald|reporterherald.com|Reporter-Herald
Greeley Tribune|greeleytribune.com|
Chico Enterprise-Record|chicoer.com|
Vallejo Times-Herald|timesheraldonline.com|Times-Herald
Miami Herald|miamiherald.com|The Miami Herald
The Sacramento Bee|sacbee.com|Sacramento Bee
The Fresno Bee|fresnobee.com|Fresno Bee
The Modesto Bee|modbee.com|Modesto Bee
The Kansas City Star|kansascity.com|Kansas City Star
The Charlotte Observer|charlotteobserver.com|Charlotte Observer
The News & Observer|newsobserver.com|News & Observer;The News and Observer;Raleigh News & Observer
Fort Worth Star-Telegram|star-telegram.com|Star-Telegram
Lexington Herald-Leader|kentucky.com|Herald-Leader
The Wichita Eagle|kansas.com|Wichita Eagle
Idaho Statesman|idahostatesman.com|The Idaho Statesman
The News Tribune|thenewstribune.com|Tacoma News Tribune
The Olympian|theolympian.com|Olympian
The Bellingham Herald|bellinghamherald.com|Bellingham Herald
Tri-City Herald|tri-cityherald.com|
The State|thestate.com|
Ledger-Enquirer|ledger-enquirer.com|
Sun Herald|sunherald.com|The Sun Herald
The Island Packet|islandpacket.com|Island Packet
Merced Sun-Star|mercedsunstar.com|
San Luis Obispo Tribune|sanluisobispo.com|The Tribune (San Luis Obispo)
Belleville News-Democrat|bnd.com|
Centre Daily Times|centredaily.com|
Bradenton Herald|bradenton.com|
The Sun News|myrtlebeachonline.com|The Sun News (Myrtle Beach)
Anchorage Daily News|adn.com|
The Arizona Republic|azcentral.com|Arizona Republic
The Indianapolis Star|indystar.com|Indianapolis Star;IndyStar
The Tennessean|tennessean.com|Tennessean
Detroit Free Press|freep.com|
The Cincinnati Enquirer|cincinnati.com|Cincinnati Enquirer
The Courier-Journal|courier-journal.com|Courier-Journal;Louisville Courier-Journal
The Columbus Dispatch|dispatch.com|Columbus Dispatch
Milwaukee Journal Sentinel|jsonline.com|Journal Sentinel
The Commercial Appeal|commercialappeal.com|Commercial Appeal
The Des Moines Register|desmoinesregister.com|Des Moines Register
The Journal News|lohud.com|Journal News
Democrat and Chronicle|democratandchronicle.com|Rochester Democrat and Chronicle
Asbury Park Press|app.com|
The Palm Beach Post|palmbeachpost.com|Palm Beach Post
Sarasota Herald-Tribune|heraldtribune.com|
The Florida Times-Union|jacksonville.com|Florida Times-Union
Austin American-Statesman|statesman.com|American-Statesman
The Oklahoman|oklahoman.com|Oklahoman;The Daily Oklahoman
Akron Beacon Journal|beaconjournal.com|
The Providence Journal|providencejournal.com|Providence Journal
Worcester Telegram & Gazette|telegram.com|Telegram & Gazette
Reno Gazette-Journal|rgj.com|
The Greenville News|greenvilleonline.com|Greenville News
Pensacola News Journal|pnj.com|
Tallahassee Democrat|tallahassee.com|
The News-Press|news-press.com|Fort Myers News-Press
Naples Daily News|naplesnews.com|
The Desert Sun|desertsun.com|Desert Sun
The Clarion-Ledger|clarionledger.com|Clarion-Ledger
Montgomery Advertiser|montgomeryadvertiser.com|
Burlington Free Press|burlingtonfreepress.com|The Burlington Free Press
Green Bay Press-Gazette|greenbaypressgazette.com|
Lansing State Journal|lansingstatejournal.com|
Knoxville News Sentinel|knoxnews.com|The Knoxville News Sentinel
Springfield News-Leader|news-leader.com|
Statesman Journal|statesmanjournal.com|
El Paso Times|elpasotimes.com|
Corpus Christi Caller-Times|caller.com|Caller-Times
Cape Cod Times|capecodtimes.com|
Erie Times-News|goerie.com|
Lubbock Avalanche-Journal|lubbockonline.com|
Amarillo Globe-News|amarillo.com|
Savannah Morning News|savannahnow.com|
The Augusta Chronicle|augustachronicle.com|Augusta Chronicle
Florida Today|floridatoday.com|
The Ledger|theledger.com|The Ledger (Lakeland)
The Gainesville Sun|gainesville.com|Gainesville Sun
The Daytona Beach News-Journal|news-journalonline.com|Daytona Beach News-Journal
Rockford Register Star|rrstar.com|
Peoria Journal Star|pjstar.com|
The State Journal-Register|sj-r.com|State Journal-Register
Houston Chronicle|houstonchronicle.com|
San Francisco Chronicle|sfchronicle.com|SF Chronicle
San Antonio Express-News|expressnews.com|Express-News
Times Union|timesunion.com|Albany Times Union
Connecticut Post|ctpost.com|
New Haven Register|nhregister.com|
Stamford Advocate|stamfordadvocate.com|
Greenwich Time|greenwichtime.com|
The News-Times|newstimes.com|
Seattle Post-Intelligencer|seattlepi.com|Seattle P-I
Beaumont Enterprise|beaumontenterprise.com|
Midland Reporter-Telegram|mrt.com|
Laredo Morning Times|lmtonline.com|
St. Louis Post-Dispatch|stltoday.com|Post-Dispatch
Omaha World-Herald|omaha.com|World-Herald
Richmond Times-Dispatch|richmond.com|Times-Dispatch
The Buffalo News|buffalonews.com|Buffalo News
Tulsa World|tulsaworld.com|
Arizona Daily Star|tucson.com|
Wisconsin State Journal|madison.com|
The Roanoke Times|roanoke.com|Roanoke Times
Winston-Salem Journal|journalnow.com|
Greensboro News & Record|greensboro.com|News & Record
The Pantagraph|pantagraph.com|Pantagraph
Lincoln Journal Star|journalstar.com|
Quad-City Times|qctimes.com|The Quad-City Times
The Times of Northwest Indiana|nwitimes.com|
Billings Gazette|billingsgazette.com|
Casper Star-Tribune|trib.com|
Bismarck Tribune|bismarcktribune.com|
Sioux City Journal|siouxcityjournal.com|
The Daily Progress|dailyprogress.com|Daily Progress
Missoulian|missoulian.com|
The Press of Atlantic City|pressofatlanticcity.com|Press of Atlantic City
Napa Valley Register|napavalleyregister.com|
La Crosse Tribune|lacrossetribune.com|
The News & Advance|newsadvance.com|Lynchburg News & Advance
The Star-Ledger|nj.com|Star-Ledger;Newark Star-Ledger
The Plain Dealer|cleveland.com|Plain Dealer;Cleveland Plain Dealer
The Oregonian|oregonlive.com|Oregonian
The Times-Picayune|nola.com|Times-Picayune
The Post-Standard|syracuse.com|Syracuse Post-Standard
The Patriot-News|pennlive.com|Patriot-News;PennLive
Staten Island Advance|silive.com|
The Boston Globe|bostonglobe.com|Boston Globe
The Philadelphia Inquirer|inquirer.com+philly.com|Philadelphia Inquirer
The Dallas Morning News|dallasnews.com|Dallas Morning News
Star Tribune|startribune.com|Minneapolis Star Tribune
The Seattle Times|seattletimes.com|Seattle Times
Tampa Bay Times|tampabay.com|St. Petersburg Times
The Atlanta Journal-Constitution|ajc.com|Atlanta Journal-Constitution;AJC
Dayton Daily News|daytondailynews.com|
Chicago Sun-Times|suntimes.com|Sun-Times
The Salt Lake Tribune|sltrib.com|Salt Lake Tribune
Deseret News|deseret.com|
Las Vegas Review-Journal|reviewjournal.com|Review-Journal
Pittsburgh Post-Gazette|post-gazette.com|Post-Gazette
Pittsburgh Tribune-Review|triblive.com|Tribune-Review
Honolulu Star-Advertiser|staradvertiser.com|Star-Advertiser
The Post and Courier|postandcourier.com|Post and Courier
Arkansas Democrat-Gazette|arkansasonline.com|Democrat-Gazette
Albuquerque Journal|abqjournal.com|
Santa Fe New Mexican|santafenewmexican.com|The Santa Fe New Mexican
The Blade|toledoblade.com|Toledo Blade
The Spokesman-Review|spokesman.com|Spokesman-Review
The Press Democrat|pressdemocrat.com|Press Democrat
San Francisco Examiner|sfexaminer.com|
The Bakersfield Californian|bakersfield.com|Bakersfield Californian
The News Journal|delawareonline.com|
Portland Press Herald|pressherald.com|Press Herald
Bangor Daily News|bangordailynews.com|
Concord Monitor|concordmonitor.com|
The Berkshire Eagle|berkshireeagle.com|Berkshire Eagle
Charleston Gazette-Mail|wvgazettemail.com|
Chattanooga Times Free Press|timesfreepress.com|Times Free Press
@newspaper GB en
The Guardian|theguardian.com+guardian.co.uk|Guardian;Guardian US;Guardian Australia
The Times|thetimes.com+thetimes.co.uk|The Times of London;Times of London;The Times (London);The Times (UK)
The Telegraph|telegraph.co.uk|The Daily Telegraph;Daily Telegraph
The Independent|independent.co.uk|The Independent (UK)
Financial Times|ft.com|FT;The Financial Times
Daily Mail|dailymail.co.uk|The Daily Mail;Mail Online;MailOnline
Daily Mirror|mirror.co.uk|The Mirror
The Sun|thesun.co.uk|The Sun (UK)
Evening Standard|standard.co.uk|London Evening Standard;The Evening Standard
Daily Express|express.co.uk|The Daily Express
The i Paper|inews.co.uk|iNews
The Scotsman|scotsman.com|Scotsman
The Herald|heraldscotland.com|The Herald (Glasgow);Herald Scotland
Manchester Evening News|manchestereveningnews.co.uk|
Belfast Telegraph|belfasttelegraph.co.uk|
Yorkshire Post|yorkshirepost.co.uk|The Yorkshire Post
Liverpool Echo|liverpoolecho.co.uk|
@newspaper IE en
The Irish Times|irishtimes.com|Irish Times
Irish Independent|independent.ie|
Irish Examiner|irishexaminer.com|
@newspaper CA en
The Globe and Mail|theglobeandmail.com|Globe and Mail
Toronto Star|thestar.com|The Toronto Star
National Post|nationalpost.com|
Montreal Gazette|montrealgazette.com|
Vancouver Sun|vancouversun.com|
The Province|theprovince.com|
Ottawa Citizen|ottawacitizen.com|
Calgary Herald|calgaryherald.com|
Edmonton Journal|edmontonjournal.com|
Winnipeg Free Press|winnipegfreepress.com|
Toronto Sun|torontosun.com|
The Hamilton Spectator|thespec.com|Hamilton Spectator
@newspaper CA fr
Le Devoir|ledevoir.com|
La Presse|lapresse.ca|
@newspaper AU en
The Sydney Morning Herald|smh.com.au|Sydney Morning Herald;SMH
The Age|theage.com.au|
The Australian|theaustralian.com.au|
Herald Sun|heraldsun.com.au|
The Daily Telegraph (Sydney)|dailytelegraph.com.au|Daily Telegraph Sydney
The Courier-Mail|couriermail.com.au|Courier-Mail
Australian Financial Review|afr.com|The Australian Financial Review;AFR
The West Australian|thewest.com.au|West Australian
The Canberra Times|canberratimes.com.au|Canberra Times
Brisbane Times|brisbanetimes.com.au|
@newspaper NZ en
The New Zealand Herald|nzherald.co.nz|New Zealand Herald;NZ Herald
Otago Daily Times|odt.co.nz|
@newspaper IN en
The Times of India|timesofindia.indiatimes.com|Times of India
The Hindu|thehindu.com|
Hindustan Times|hindustantimes.com|
The Indian Express|indianexpress.com|Indian Express
The Economic Times|economictimes.indiatimes.com|Economic Times
Mint|livemint.com|Livemint
Deccan Herald|deccanherald.com|
The Telegraph India|telegraphindia.com|
Business Standard|business-standard.com|
@newspaper SG en
The Straits Times|straitstimes.com|Straits Times
The Business Times|businesstimes.com.sg|Business Times
@newspaper HK en
South China Morning Post|scmp.com|SCMP
@newspaper ZA en
Mail & Guardian|mg.co.za|Mail and Guardian
@newspaper JP en
The Japan Times|japantimes.co.jp|Japan Times
@newspaper JP ja
Nikkei|nikkei.com|Nihon Keizai Shimbun
@newspaper KR en
The Korea Herald|koreaherald.com|Korea Herald
The Korea Times|koreatimes.co.kr|Korea Times
@newspaper ID en
The Jakarta Post|thejakartapost.com|Jakarta Post
@newspaper TH en
Bangkok Post|bangkokpost.com|
@newspaper TW en
Taipei Times|taipeitimes.com|
@newspaper IL en
The Times of Israel|timesofisrael.com|Times of Israel
The Jerusalem Post|jpost.com|Jerusalem Post
Haaretz|haaretz.com|
@newspaper SA en
Arab News|arabnews.com|
@newspaper AE en
The National|thenationalnews.com|The National (Abu Dhabi);The National (UAE)
Gulf News|gulfnews.com|
Khaleej Times|khaleejtimes.com|
@newspaper PK en
Dawn|dawn.com|
The Express Tribune|tribune.com.pk|Express Tribune
@newspaper PH en
Philippine Daily Inquirer|inquirer.net|Inquirer.net
@newspaper MY en
Malay Mail|malaymail.com|
@newspaper KE en
Daily Nation|nation.africa|Nation Africa
@newspaper NG en
Premium Times|premiumtimesng.com|
@newspaper JM en
The Gleaner|jamaica-gleaner.com|Jamaica Gleaner
@newspaper RU en
The Moscow Times|themoscowtimes.com|Moscow Times
@newspaper UA en
The Kyiv Independent|kyivindependent.com|Kyiv Independent
Kyiv Post|kyivpost.com|The Kyiv Post
@newspaper US es
El Nuevo Herald|elnuevoherald.com|el Nuevo Herald
La Opinión|laopinion.com|La Opinion
El Diario NY|eldiariony.com|El Diario;El Diario La Prensa
El Tiempo Latino|eltiempolatino.com|
La Raza|laraza.com|La Raza Chicago
Al Día Dallas|aldiadallas.com|Al Día (Dallas)
El Sentinel|elsentinel.com|
Mundo Hispánico|mundohispanico.com|
@newspaper ES es
El País|elpais.com|El Pais
El Mundo|elmundo.es|
La Vanguardia|lavanguardia.com|
El Periódico|elperiodico.com|El Periódico de Catalunya
@newspaper AR es
Clarín|clarin.com|
La Nación|lanacion.com.ar|La Nación (Argentina)
@newspaper MX es
El Universal|eluniversal.com.mx|El Universal (México)
Reforma|reforma.com|
Milenio|milenio.com|
La Jornada|jornada.com.mx|
Excélsior|excelsior.com.mx|
@newspaper CO es
El Tiempo|eltiempo.com|
El Espectador|elespectador.com|
@newspaper PE es
El Comercio|elcomercio.pe|El Comercio (Perú)
@newspaper CL es
La Tercera|latercera.com|
@newspaper FR fr
Le Monde|lemonde.fr|
Le Figaro|lefigaro.fr|
Libération|liberation.fr|
Les Échos|lesechos.fr|
Le Parisien|leparisien.fr|
Ouest-France|ouest-france.fr|
@newspaper BE fr
Le Soir|lesoir.be|
@newspaper CH fr
Le Temps|letemps.ch|
@newspaper DE de
Frankfurter Allgemeine Zeitung|faz.net|FAZ;Frankfurter Allgemeine
Süddeutsche Zeitung|sueddeutsche.de|Sueddeutsche Zeitung
Die Welt|welt.de|Welt
Die Zeit|zeit.de|Zeit Online
Bild|bild.de|Bild-Zeitung
Handelsblatt|handelsblatt.com|
@newspaper AT de
Der Standard|derstandard.at|
@newspaper CH de
Neue Zürcher Zeitung|nzz.ch|NZZ
@newspaper IT it
Corriere della Sera|corriere.it|
la Repubblica|repubblica.it|
La Stampa|lastampa.it|
@newspaper BR pt
Folha de S.Paulo|folha.uol.com.br|Folha de São Paulo
O Globo|oglobo.globo.com|
@broadcaster US en
CNN|cnn.com|CNN Digital;Cable News Network
Fox News|foxnews.com|Fox News Channel
Fox Business|foxbusiness.com|Fox Business Network
NBC News|nbcnews.com|
CBS News|cbsnews.com|
ABC News|abcnews.go.com+abcnews.com|
MSNBC|msnbc.com|
CNBC|cnbc.com|
NPR|npr.org|National Public Radio
PBS NewsHour|pbs.org|PBS News Hour;PBS News
Voice of America|voanews.com|VOA;VOA News
Radio Free Europe/Radio Liberty|rferl.org|RFE/RL
Scripps News|scrippsnews.com|
NewsNation|newsnationnow.com|
ESPN|espn.com|
WBUR|wbur.org|
WNYC|wnyc.org|
KQED|kqed.org|
WAMU|wamu.org|
OPB|opb.org|Oregon Public Broadcasting
Marketplace|marketplace.org|
WTOP|wtop.com|WTOP News
KTLA|ktla.com|KTLA 5
WGN-TV|wgntv.com|WGN
@broadcaster US es
Univision Noticias|univision.com|Univision
Telemundo|telemundo.com|Noticias Telemundo
CNN en Español|cnnespanol.cnn.com|CNN Español
@broadcaster GB en
BBC News|bbc.com+bbc.co.uk|BBC;BBC News Online
Sky News|news.sky.com|
ITV News|itv.com|
Channel 4 News|channel4.com|
@broadcaster IE en
RTÉ News|rte.ie|RTÉ
@broadcaster CA en
CBC News|cbc.ca|CBC;Canadian Broadcasting Corporation
CTV News|ctvnews.ca|
Global News|globalnews.ca|
@broadcaster CA fr
Radio-Canada|radio-canada.ca|ICI Radio-Canada
@broadcaster AU en
Australian Broadcasting Corporation|abc.net.au|ABC News (Australia);ABC Australia
SBS News|sbs.com.au|
@broadcaster NZ en
RNZ|rnz.co.nz|Radio New Zealand
@broadcaster IN en
NDTV|ndtv.com|
@broadcaster SG en
CNA|channelnewsasia.com|Channel NewsAsia
@broadcaster QA en
Al Jazeera|aljazeera.com|Al Jazeera English
@broadcaster DE de
Deutsche Welle|dw.com|DW
tagesschau|tagesschau.de|ARD tagesschau
@broadcaster FR fr
France 24|france24.com|
Radio France Internationale|rfi.fr|RFI
franceinfo|francetvinfo.fr|France Info
@broadcaster ES es
RTVE|rtve.es|
@magazine US en
Time|time.com|TIME;Time magazine
Newsweek|newsweek.com|
The Atlantic|theatlantic.com|
The New Yorker|newyorker.com|New Yorker
Forbes|forbes.com|
Fortune|fortune.com|
Barron's|barrons.com|Barrons
Bloomberg Businessweek|~bloomberg.com|Businessweek
Harvard Business Review|hbr.org|
Fast Company|fastcompany.com|
The Economist|economist.com|Economist
National Review|nationalreview.com|
The New Republic|newrepublic.com|New Republic
The Nation|thenation.com|
Mother Jones|motherjones.com|
Reason|reason.com|
The American Prospect|prospect.org|American Prospect
The Week|theweek.com|
Foreign Policy|foreignpolicy.com|
Foreign Affairs|foreignaffairs.com|
Harper's Magazine|harpers.org|Harper's
New York Magazine|nymag.com|New York magazine
Texas Monthly|texasmonthly.com|
Vanity Fair|vanityfair.com|
Vogue|vogue.com|
Wired|wired.com|WIRED
GQ|gq.com|
Rolling Stone|rollingstone.com|
Variety|variety.com|
The Hollywood Reporter|hollywoodreporter.com|Hollywood Reporter
People|people.com|People magazine
Entertainment Weekly|ew.com|
Sports Illustrated|si.com|
Scientific American|scientificamerican.com|
National Geographic|nationalgeographic.com|
Smithsonian Magazine|smithsonianmag.com|Smithsonian
MIT Technology Review|technologyreview.com|Technology Review
Popular Science|popsci.com|
Popular Mechanics|popularmechanics.com|
Consumer Reports|consumerreports.org|
Kiplinger|kiplinger.com|Kiplinger's Personal Finance
U.S. News & World Report|usnews.com|US News & World Report;U.S. News
Esquire|esquire.com|
Cosmopolitan|cosmopolitan.com|
Good Housekeeping|goodhousekeeping.com|
Men's Health|menshealth.com|
Military Times|militarytimes.com|
@magazine GB en
The Spectator|spectator.co.uk|
New Statesman|newstatesman.com|The New Statesman
@magazine CA en
Maclean's|macleans.ca|Macleans
@magazine DE de
Der Spiegel|spiegel.de|Spiegel;Spiegel Online
@magazine FR fr
Le Point|lepoint.fr|
L'Express|lexpress.fr|
L'Obs|nouvelobs.com|Le Nouvel Observateur
Jeune Afrique|jeuneafrique.com|
@digital US en
Yahoo News|yahoo.com|Yahoo
Yahoo Finance|finance.yahoo.com|
MSN|msn.com|
AOL|aol.com|
KFF Health News|kffhealthnews.org+khn.org|Kaiser Health News;KHN
Stateline|stateline.org|
States Newsroom|statesnewsroom.com|
ProPublica|propublica.org|
Politico|politico.com|POLITICO;Politico Magazine
Axios|axios.com|
The Hill|thehill.com|
HuffPost|huffpost.com+huffingtonpost.com|The Huffington Post;Huffington Post
Vox|vox.com|
Business Insider|businessinsider.com|
MarketWatch|marketwatch.com|
The Daily Beast|thedailybeast.com|Daily Beast
Slate|slate.com|
Salon|salon.com|
The Intercept|theintercept.com|
Semafor|semafor.com|
Vice News|vice.com|Vice
BuzzFeed News|buzzfeednews.com|
Quartz|qz.com|
The Verge|theverge.com|
TechCrunch|techcrunch.com|
Engadget|engadget.com|
CNET|cnet.com|
Ars Technica|arstechnica.com|
Mashable|mashable.com|
Gizmodo|gizmodo.com|
Deadline|deadline.com|Deadline Hollywood
The Athletic|theathletic.com|
TheStreet|thestreet.com|
Investor's Business Daily|investors.com|
The Motley Fool|fool.com|Motley Fool
STAT|statnews.com|STAT News
MedPage Today|medpagetoday.com|
Patch|patch.com|
The Daily Caller|dailycaller.com|Daily Caller
Breitbart News|breitbart.com|Breitbart
Washington Examiner|washingtonexaminer.com|
Newsmax|newsmax.com|
The Epoch Times|theepochtimes.com|Epoch Times
The Texas Tribune|texastribune.org|Texas Tribune
CalMatters|calmatters.org|
Chalkbeat|chalkbeat.org|
The 19th|19thnews.org|The 19th News
The Marshall Project|themarshallproject.org|Marshall Project
Grist|grist.org|
Inside Climate News|insideclimatenews.org|
The Trace|thetrace.org|
Honolulu Civil Beat|civilbeat.org|Civil Beat
Voice of San Diego|voiceofsandiego.org|
MinnPost|minnpost.com|
Mississippi Today|mississippitoday.org|
VTDigger|vtdigger.org|
Block Club Chicago|blockclubchicago.org|
LAist|laist.com|
AL.com|al.com|Alabama Media Group
MLive|mlive.com|MLive.com
Politico Europe|politico.eu|
@digital AU en
The Conversation|theconversation.com|
News.com.au|news.com.au|
Crikey|crikey.com.au|
@digital NZ en
Stuff|stuff.co.nz|
The Spinoff|thespinoff.co.nz|
@digital IE en
TheJournal.ie|thejournal.ie|
@digital IN en
India Today|indiatoday.in|
Scroll.in|scroll.in|
@digital HK en
Hong Kong Free Press|hongkongfp.com|HKFP
@digital JP en
Nikkei Asia|asia.nikkei.com|Nikkei Asian Review
@digital ZA en
News24|news24.com|
Daily Maverick|dailymaverick.co.za|
TimesLIVE|timeslive.co.za|
IOL|iol.co.za|
@digital PH en
Rappler|rappler.com|
@digital TW en
Focus Taiwan|focustaiwan.tw|
@digital ES es
El Confidencial|elconfidencial.com|
elDiario.es|eldiario.es|
20minutos|20minutos.es|20 Minutos
@digital AR es
Infobae|infobae.com|
@digital FR fr
Mediapart|mediapart.fr|
`;

const KINDS: ReadonlySet<string> = new Set<OutletKind>(['wire', 'syndicate', 'newspaper', 'broadcaster', 'magazine', 'digital']);

/** Hosts of each outlet: its site (unless it is a `~` service) and any extra hosts from the table. */
const HOSTS = new Map<Outlet, string[]>();
/** The sites a `~` service shares besides its own `site` (Dow Jones Newswires: barrons.com, …). */
const SHARED = new Map<Outlet, string[]>();

function parseTable(table: string): Outlet[] {
  const out: Outlet[] = [];
  let kind: OutletKind = 'newspaper';
  let country = 'US';
  let lang = 'en';
  for (const line of table.split('\n')) {
    if (!line) continue;
    if (line.startsWith('@')) {
      const [k = '', c = '', l = ''] = line.slice(1).split(' ');
      if (!KINDS.has(k)) throw new Error(`outlets: unknown kind in ${line}`);
      [kind, country, lang] = [k as OutletKind, c, l];
      continue;
    }
    const [name = '', siteField = '', variants = ''] = line.split('|');
    const secondary = siteField.startsWith('~');
    const [sites = '', ...extra] = siteField.split('+');
    const [site = '', ...parents] = sites.replace(/^~/, '').split('~');
    const outlet: Outlet = Object.freeze({ name, variants: Object.freeze(variants ? variants.split(';') : []) as string[], site, kind, country, lang });
    HOSTS.set(outlet, secondary ? extra : [site, ...extra]);
    if (parents.length) SHARED.set(outlet, parents);
    out.push(outlet);
  }
  return out;
}

export const OUTLETS: readonly Outlet[] = Object.freeze(parseTable(TABLE));

// ---------------------------------------------------------------------------------------------
// Name keys

/** Corporate suffixes that are not part of a name: 'Bloomberg L.P.', 'CQ-Roll Call, Inc.'. */
const CORPORATE = new Set(['inc', 'llc', 'lp', 'llp', 'ltd', 'limited', 'plc', 'co', 'company', 'corp', 'corporation', 'gmbh', 'sa', 'ag']);

/**
 * Section words: "<Outlet> <Section>" is the outlet ('CNN Business', 'Washington Post Opinion',
 * 'NBC News Digital'). Only tried after the whole name failed, so an outlet named like a section
 * ('Fox Business', 'CNN Wire', 'Politico Europe') is itself.
 */
const SECTIONS = new Set(
  'business politics health travel sports opinion opinions tech technology world us entertainment style science climate money markets investigates digital magazine international national metro local lifestyle culture arts food weather underscored'.split(' '),
);


/** The key a printed name is looked up under ('' when it has no letters). */
export function outletKey(printed: string): string {
  return keyOf(words(printed));
}

let byKey: Map<string, Outlet> | null = null;

function index(): Map<string, Outlet> {
  if (byKey) return byKey;
  byKey = new Map();
  for (const o of OUTLETS) {
    for (const form of [o.name, ...o.variants]) {
      const k = outletKey(form);
      // First entry wins; the table test fails on any key shared by two entries.
      if (k && !AMBIGUOUS.has(k) && !byKey.has(k)) byKey.set(k, o);
    }
  }
  return byKey;
}

/** Entries sharing a key, for the table test: [key, names]. A variant that maps to two outlets is a bug. */
export function outletKeyClashes(): [string, string[]][] {
  const seen = new Map<string, Set<string>>();
  for (const o of OUTLETS) {
    for (const form of [o.name, ...o.variants]) {
      const k = outletKey(form);
      if (!seen.has(k)) seen.set(k, new Set());
      seen.get(k)!.add(o.name);
    }
  }
  return [...seen].filter(([, names]) => names.size > 1).map(([k, names]) => [k, [...names]]);
}

// ---------------------------------------------------------------------------------------------
// Qualifiers

const TRAILING_PARENS = /\s*\([^()]*\)\s*$/;
const SLASH_TAIL = /^(.+?)\s*\/\s*([^/]+)$/;

/**
 * The printed name without the qualifiers that are not part of it: trailing parentheses ('(TNS)',
 * '(AP)', a place '(Fresno, Calif.)') and a '/<distributor>' tail ('/Tribune News Service', '/TNS').
 * A slash between two names that are not a distributor ('Radio Free Europe/Radio Liberty') stays.
 * For the resolver: an outlet not in the gazetteer is named as printed, minus these.
 */
export function stripOutletQualifiers(printed: string): string {
  let s = printed.replace(/\s+/g, ' ').trim();
  for (;;) {
    const before = s;
    s = s.replace(TRAILING_PARENS, '').replace(/[\s,;:|–—-]+$/, '');
    const slash = SLASH_TAIL.exec(s);
    if (slash) {
      const tail = index().get(outletKey(slash[2]!));
      if (tail && (tail.kind === 'wire' || tail.kind === 'syndicate')) s = slash[1]!;
    }
    if (s === before || !s) return s || before;
  }
}

function lookupWords(w: string[]): Outlet | null {
  const map = index();
  const hit = map.get(keyOf(w));
  if (hit) return hit;
  // Corporate suffixes: 'The New York Times Company', 'Bloomberg L.P.', 'CQ-Roll Call, Inc.'; one
  // at a time, since a suffix may be part of a name ('Dow Jones & Company, Inc.').
  for (let n = w.length; n > 1 && CORPORATE.has(w[n - 1]!); ) {
    const hit = map.get(keyOf(w.slice(0, --n)));
    if (hit) return hit;
  }
  return null;
}

/**
 * The outlet a printed name refers to, or null. Tolerant of case, punctuation, a leading "The",
 * accents, corporate suffixes, trailing qualifiers ('(TNS)', '(Fresno, Calif.)', '/Tribune News
 * Service') and a trailing section word ('CNN Business'). Never matches on a substring.
 */
export function findOutlet(printed: string): Outlet | null {
  if (!printed || printed.length > 200) return null;
  return remember(outletCache, printed, lookupOutlet);
}

/**
 * Lookups repeat within a page (every byline candidate asks about the same few tails) and across
 * a detection's steps: the answers are kept, up to a bound, so a page's scan asks each once.
 */
const MAX_REMEMBERED = 2000;
const outletCache = new Map<string, Outlet | null>();
const roleCache = new Map<string, boolean>();
function remember<T>(cache: Map<string, T>, key: string, compute: (key: string) => T): T {
  const known = cache.get(key);
  if (known !== undefined || cache.has(key)) return known as T;
  if (cache.size >= MAX_REMEMBERED) cache.clear();
  const value = compute(key);
  cache.set(key, value);
  return value;
}

function lookupOutlet(printed: string): Outlet | null {
  const full = words(printed);
  if (!full.length) return null;
  const hit = lookupWords(full);
  if (hit) return hit;
  const stripped = stripOutletQualifiers(printed);
  const w = stripped === printed ? full : words(stripped);
  const bare = w === full ? null : lookupWords(w);
  if (bare) return bare;
  if (w.length > 1 && SECTIONS.has(w[w.length - 1]!)) {
    const brand = index().get(keyOf(w.slice(0, -1)));
    if (brand) return brand;
  }
  // A site printed as the name ('kffhealthnews.org', 'www.bloomberg.com') is its outlet's.
  return HOST_LIKE.test(stripped) ? outletOfHost(stripped) : null;
}

const HOST_LIKE = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i;

// ---------------------------------------------------------------------------------------------
// Hosts and agency codes

let byHost: Map<string, Outlet> | null = null;

/** The outlet whose site is this host or a parent of it ('www.latimes.com', 'edition.cnn.com'), or null. */
export function outletOfHost(host: string): Outlet | null {
  if (!byHost) {
    byHost = new Map();
    for (const o of OUTLETS) for (const h of HOSTS.get(o) ?? []) if (!byHost.has(h)) byHost.set(h, o);
  }
  // A whole URL is read for its host ('https://www.latimes.com/x' → 'www.latimes.com').
  const bare = host.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '').split(/[/?#]/)[0]!;
  const labels = bare.replace(/:\d+$/, '').replace(/\.$/, '').split('.');
  // Most specific first: 'finance.yahoo.com' is Yahoo Finance, 'news.yahoo.com' is Yahoo News.
  for (let i = 0; i < labels.length - 1; i++) {
    const hit = byHost.get(labels.slice(i).join('.'));
    if (hit) return hit;
  }
  return null;
}

/** Every host the outlet is found under by `outletOfHost` (its site first). */
export function outletHosts(outlet: Outlet): readonly string[] {
  return HOSTS.get(outlet) ?? [];
}

/**
 * True when `host` (bare or with www, or a subdomain) is one of the outlet's homes: its site, its
 * other hosts, or a site it shares as a `~` service. There its name is the host's own.
 */
export function isOutletHome(outlet: Outlet, host: string): boolean {
  const bare = host.trim().toLowerCase().replace(/\.$/, '');
  return [outlet.site, ...outletHosts(outlet), ...(SHARED.get(outlet) ?? [])].some((h) => bare === h || bare.endsWith(`.${h}`));
}

/**
 * Agency codes of datelines ('WASHINGTON (AP) —', '(Bloomberg) --') and bylines, by lower-case
 * code. 'CNN' is the network itself (its stories carry '(CNN)' whether or not they came by CNN Wire).
 */
const AGENCY_CODES: Record<string, string> = {
  ap: 'The Associated Press',
  reuters: 'Reuters',
  afp: 'Agence France-Presse',
  bloomberg: 'Bloomberg News',
  upi: 'United Press International',
  cnn: 'CNN',
  tns: 'Tribune News Service',
  dpa: 'dpa',
  efe: 'EFE',
  xinhua: 'Xinhua',
  kyodo: 'Kyodo News',
  yonhap: 'Yonhap News Agency',
  ansa: 'ANSA',
  aap: 'Australian Associated Press',
  cp: 'The Canadian Press',
  pti: 'Press Trust of India',
  ians: 'Indo-Asian News Service',
  ani: 'Asian News International',
  uni: 'United News of India',
  bernama: 'Bernama',
  wam: 'Emirates News Agency',
  kuna: 'Kuwait News Agency',
  pa: 'PA Media',
};

/** The outlet of an agency code seen in datelines and bylines ('AP', 'Reuters', 'AFP', 'dpa', …), or null. */
export function outletOfAgencyCode(code: string): Outlet | null {
  const name = AGENCY_CODES[code.trim().replace(/^\(|\)$/g, '').toLowerCase()];
  return name ? (OUTLETS.find((o) => o.name === name) ?? null) : null;
}

// ---------------------------------------------------------------------------------------------
// Roles

/** Role nouns (English, Spanish, French; accents folded), as words or phrases of up to three words. */
const ROLE_HEADS = new Set([
  ...(
    'writer writers reporter reporters correspondent correspondents columnist columnists contributor contributors ' +
    'editor editors intern interns photographer photographers photojournalist producer producers analyst analysts ' +
    'critic critics blogger journalist journalists anchor host commentator staff stringer researcher freelancer ' +
    // Spanish
    'redactor redactora redactores redactoras reportero reportera reporteros reporteras periodista periodistas ' +
    'corresponsal corresponsales columnista columnistas colaborador colaboradora colaboradores colaboradoras ' +
    'editora editoras articulista cronista fotografo fotografa productor productora analista comentarista ' +
    // French
    'journaliste correspondant correspondante correspondants correspondantes chroniqueur chroniqueuse ' +
    'redacteur redactrice redacteurs collaborateur collaboratrice pigiste photographe editorialiste'
  ).split(' '),
  'bureau chief', 'staff report', 'staff reports', 'wire report', 'wire reports', 'wire services', 'editorial board',
  'enviado especial', 'enviada especial', 'enviados especiales', 'jefe de redaccion', 'jefa de redaccion',
  'envoye special', 'envoyee speciale', 'envoyes speciaux', 'envoyees speciales',
]);

/** Words before a role noun that keep it a role ('senior', 'contributing', 'White House'). */
const ROLE_PREMODS = new Set(
  ('staff senior chief managing deputy associate assistant executive contributing special foreign national international ' +
    'political politics business metro city sports investigative science health medical technology tech entertainment ' +
    'arts food travel opinion editorial guest freelance regional local white house news photo copy features legal economics ' +
    'economy climate environment education courts crime breaking digital video data general assignment wire bureau ' +
    'grand jeune principal principale').split(' '),
);

/** Words after a role noun that keep it a role (Spanish and French adjectives: 'redactor jefe', 'correspondant permanent'). */
const ROLE_POSTMODS = new Set('especial jefe jefa senior adjunto adjunta principal internacional invitado invitada permanent permanente special speciale general'.split(' '));

/** Prepositions after a leading role noun: 'corresponsal en Washington', 'Editor in Chief', 'rédacteur en chef'. */
const ROLE_PREPS = new Set('in at for of from en de del desde para a au aux pour du des chez'.split(' '));

/** Role nouns that are also the title of a publication when alone after an article ('The Hollywood Reporter', 'El Cronista'). */
const TITLE_HEADS = new Set('reporter correspondent journalist critic writer cronista'.split(' '));
const ARTICLES = new Set(['the', 'el', 'la', 'le', 'l', 'les', 'los']);

/** Openings that make the whole text a role: 'Special to The Star', 'Especial para El Nuevo Herald', 'For The Post'. */
const SPECIAL_OPENINGS = ['special to', 'special for', 'exclusive to', 'especial para', 'exclusiva para', 'exclusivo para', 'special pour', 'speciale pour', 'for', 'para', 'pour'];

/** The length (1–3 words) of the role noun phrase that ends at word index `end` (exclusive), or 0. */
function headEndingAt(w: readonly string[], end: number): number {
  for (let len = 3; len >= 1; len--) {
    if (end - len >= 0 && ROLE_HEADS.has(w.slice(end - len, end).join(' '))) return len;
  }
  return 0;
}

/** True when the words end with a role phrase: [owner words] [premods] ROLE [postmods]. */
function endsWithRole(w: readonly string[]): boolean {
  let end = w.length;
  while (end > 1 && ROLE_POSTMODS.has(w[end - 1]!) && !headEndingAt(w, end)) end--;
  const len = headEndingAt(w, end);
  if (!len) return false;
  const headStart = end - len;
  // 'The Reporter', 'El Cronista': an article and a bare role noun is a publication's title. But a
  // known outlet before the noun makes it that outlet's role: 'Los Angeles Times Reporter' ("Los"
  // is no article there).
  const bareTitle =
    len === 1 && end === w.length && TITLE_HEADS.has(w[headStart]!) && ARTICLES.has(w[0]!) && !ROLE_PREMODS.has(w[headStart - 1] ?? '') && !(headStart > 1 && findOutlet(w.slice(0, headStart).join(' ')));
  return !bareTitle;
}

/**
 * True when the text is a journalist's ROLE, not an outlet: its last words form a role phrase
 * ('Staff Writer', 'Ledger business reporter', 'Times Staff Writer', 'corresponsal', 'Envoyée
 * spéciale'), its words before the first preposition do ('Corresponsal en Washington', 'Editor in
 * Chief', 'Staff Writer at the Times'), or it is 'Special to …' / 'Especial para …' / 'For …'.
 * A known outlet is never a role ('The Hollywood Reporter'), nor is an article and a bare role
 * noun ('The Reporter').
 */
export function isRole(text: string): boolean {
  return remember(roleCache, text, roleOf);
}

function roleOf(text: string): boolean {
  const w = words(text.replace(TRAILING_PARENS, ''));
  if (!w.length || w.length > 12 || findOutlet(text)) return false;
  const joined = w.join(' ');
  if (SPECIAL_OPENINGS.some((opening) => joined.startsWith(`${opening} `))) return true;
  if (endsWithRole(w)) return true;
  const prep = w.findIndex((x, i) => i > 0 && ROLE_PREPS.has(x));
  return prep > 0 && prep < w.length - 1 && endsWithRole(w.slice(0, prep));
}

/** The outlet named in a "Special to …"/"Especial para …"/"For …" role, as printed, or null. */
export function outletNamedInRole(text: string): string | null {
  const m = /^\s*(?:special\s+(?:to|for)|exclusive\s+to|especial\s+para|exclusiv[ao]\s+para|sp[ée]ciale?\s+pour|for|para|pour)\s+(.+?)\s*$/i.exec(text);
  return m ? m[1]! : null;
}
