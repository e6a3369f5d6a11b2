import { pageDocument } from './test/helpers/page.ts';
import { detectSyndication } from './src/core/detect.ts';
import { extractArticle } from './src/core/extract.ts';
const cases: [string, string][] = [
  ['DJ write-to + END', '<p>Write to Jane Roe at jane.roe@wsj.com</p><p>(END) Dow Jones Newswires</p><p>November 18, 2024 10:32 ET (15:32 GMT)</p>'],
  ['NYT originally appeared', '<p>This article originally appeared in The New York Times.</p>'],
  ['NYT copyright news service', '<p>Jane Roe is a columnist with The New York Times. Copyright 2024 New York Times News Service.</p>'],
  ['Reuters sign-off only', '<p>(Reporting by Kane Wu in Hong Kong; additional reporting by Andrew Galbraith in Shanghai; Editing by Jacqueline Wong)</p>'],
  ['Reuters (c) year after', '<p>© Thomson Reuters 2019</p>'],
  ['AP short', '<p>Copyright 2014 AP. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>'],
  ['TCA own', '<p>(C) 2017 TRIBUNE CONTENT AGENCY, LLC.</p>'],
  ['Creators caps', '<p>COPYRIGHT 2018 CREATORS.COM</p>'],
  ['Creators long', '<p>To find out more about Susan Estrich and read features by other Creators Syndicate writers and cartoonists, visit the Creators Syndicate website at www.creators.com. Copyright 2026 Creators.com.</p>'],
  ['King', '<p>Copyright 2010 ZITS Partnership. Distributed by King Features Syndicate.</p>'],
  ['AMU column', '<p>DISTRIBUTED BY ANDREWS MCMEEL SYNDICATION FOR UFS</p>'],
  ['WPWG', '<p>Ruth Marcus\' email address is ruthmarcus@washpost.com.</p><p>(c) 2019, Washington Post Writers Group</p>'],
  ['WaPo', '<p>(c) 2024, The Washington Post</p>'],
  ['MCT legacy', '<p>This column was distributed by McClatchy-Tribune Information Services.</p>'],
  ['MCT not for pub', '<p>Not for publication or retransmission without permission of MCT.</p>'],
  ['TCA no LLC', '<p>Distributed by Tribune Content Agency</p>'],
  ['CQ no mark', '<p>2022 CQ-Roll Call, Inc., All Rights Reserved. Distributed by Tribune Content Agency, LLC.</p>'],
  ['dpa TCA', '<p>©2018 Deutsche Presse-Agentur GmbH (Hamburg, Germany), Distributed by Tribune Content Agency, LLC.</p>'],
  ['KFF TCA', '<p>©2024 KFF Health News. Distributed by Tribune Content Agency, LLC.</p>'],
  ['Conversation', '<p>This article is republished from The Conversation under a Creative Commons licence. Read the original article.</p>'],
  ['Bloomberg with assistance', '<p>--With assistance from Jane Roe and John Doe.</p><p>©2024 Bloomberg L.P.</p>'],
  ['Gloucester TNS', '<p>– The Gloucester Daily Times (Gloucester, Mass.)/Tribune News Service</p>'],
  ['Virginian-Pilot 3 lines', '<p>©2018 The Virginian-Pilot (Norfolk, Va.)</p><p>Visit The Virginian-Pilot at pilotonline.com</p><p>Distributed by Tribune Content Agency, LLC.</p>'],
  ['Stanley Newman puzzle', '<p>© 2024 Stanley Newman, distributed by Creators Syndicate, Inc.</p>'],
  ['AFP copyright', '<p>© 2024 AFP</p>'],
  ['Agence France-Presse caps', '<p>Copyright © 2024 Agence France-Presse. All rights reserved.</p>'],
  ['Guardian', '<p>This article was originally published in The Guardian.</p>'],
  ['CNN wire', '<p>The-CNN-Wire™ &amp; © 2024 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved.</p>'],
  ['Stateline', '<p>Stateline is part of States Newsroom, a nonprofit news network supported by grants and a coalition of donors as a 501c(3) public charity.</p>'],
  ['CalMatters', '<p>This article was originally published by CalMatters.</p>'],
  ['Reuters copyright word', '<p>Copyright 2024 Thomson Reuters. All rights reserved.</p>'],
];
for (const [name, trailer] of cases) {
  const { doc, url } = pageDocument({ url: 'https://www.portalnews.example/news/board-approves-budget', siteName: 'Portal News', trailer });
  const d = detectSyndication(doc, url);
  const e = extractArticle(pageDocument({ url: 'https://www.portalnews.example/news/board-approves-budget', siteName: 'Portal News', trailer }).doc, url);
  console.log(name.padEnd(28), String(d.syndicated).padEnd(5), (d.publisher ?? '-').padEnd(32), e.isArticle ? `${e.publisher ?? '-'} | ${e.copyright ?? '-'} | ${e.distributor ?? '-'}` : e.reason);
}
