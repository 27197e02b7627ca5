/**
 * The short confirmations shown after a command succeeds. The redirect carries only the key, so a
 * link cannot make the page say anything else.
 */
export const CONFIRMATIONS = {
  "deltagare-registrerad": "Deltagaren är registrerad.",
  "deltagare-fanns": "Personnumret fanns redan på enheten. Här är deltagaren; ingen ny registrering gjordes.",
  "deltagare-andrad": "Uppgifterna om deltagaren är sparade.",
  "deltagare-flyttad": "Deltagaren är flyttad.",
  "bedomning-sparad": "Den individuella bedömningen är sparad.",
  "handlingsplan-sparad": "Handlingsplanen är sparad.",
  "milstolpe-sparad": "Milstolpen är sparad.",
  "gallring-klar": "Gallringen är gjord. Deltagarna i listan är anonymiserade.",
  "samtycke-aterkallat": "Det återkallade samtycket är registrerat. Se nedan vad det stoppar och vilka placeringar som fortfarande pågår.",
  "anordnare-registrerad": "Anordnaren är registrerad.",
  "anordnare-andrad": "Uppgifterna om anordnaren är sparade.",
  "handledare-sparad": "Handledaren är sparad.",
  "placering-registrerad": "Placeringen är registrerad.",
  "placering-forlangd": "Placeringen är förlängd.",
  "placering-forkortad": "Placeringen är förkortad.",
  "placering-avslutad": "Placeringen är avslutad.",
  "placering-makulerad": "Placeringen är makulerad.",
  "uppfoljning-paborjad": "Uppföljningen är påbörjad. Den sparas som utkast medan du skriver, och du kan fortsätta senare.",
  "uppfoljning-inskickad": "Uppföljningen är inskickad till handläggaren. Den är nu låst; behöver något ändras gör du en rättelse.",
  "rattelse-paborjad": "Rättelsen är påbörjad som ett nytt utkast. Den tidigare versionen gäller tills du skickar in rättelsen.",
  "uppfoljning-granskad": "Uppföljningen är granskad.",
  "forslag-skickat": "Förslaget är skickat till handläggaren.",
  "forslag-aterkallat": "Förslaget är återkallat.",
  "forslag-godkant": "Förslaget är godkänt och placeringen är ändrad.",
  "forslag-avslaget": "Förslaget är avslaget. Anordnaren ser din motivering.",
  "omfattning-sparad": "Koordinatorns omfattning är sparad.",
  "anvandare-skapad": "Användaren är skapad. Ge hen engångslösenordet; hen väljer ett eget vid första inloggningen.",
  "anvandare-andrad": "Uppgifterna om användaren är sparade.",
  "anvandare-avstangd": "Kontot är avstängt och alla dess sessioner är avslutade.",
  "anvandare-aktiverad": "Kontot är aktivt igen.",
  "losenord-aterstallt": "Lösenordet är återställt och alla sessioner avslutade. Användaren väljer ett eget vid nästa inloggning.",
  "sessioner-avslutade": "Alla användarens sessioner är avslutade.",
  "losenord-bytt": "Ditt nya lösenord är sparat. Dina andra sessioner är avslutade.",
  "session-avslutad": "Sessionen är avslutad.",
  "andra-sessioner-avslutade": "Dina andra sessioner är avslutade.",
  "inloggning-kopplad": "Kontot är kopplat till organisationens inloggning.",
  "inloggning-vantar": "Kontot kopplas till organisationens inloggning nästa gång användaren loggar in där med samma verifierade e-postadress.",
  "inloggning-bortkopplad": "Kopplingen till organisationens inloggning är borttagen och användarens sessioner är avslutade.",
  "api-nyckel-skapad": "API-nyckeln är skapad. Den visas inte igen: här syns bara dess början.",
  "api-nyckel-aterkallad": "API-nyckeln är återkallad. Den fungerar inte längre.",
  "avisering-last": "Aviseringen är markerad som läst.",
  "aviseringar-lasta": "Alla aviseringar är markerade som lästa.",
  "sammanfattning-pa": "Du får en sammanfattning med e-post de dagar du har nya aviseringar.",
  "sammanfattning-av": "Du får ingen sammanfattning med e-post. Aviseringarna finns kvar här.",
  "granskning-sparad": "Beslutet om åtkomsten är sparat.",
  "granskare-tillagd": "Användaren granskar nu åtkomster till enhetens deltagare.",
  "granskare-borttagen": "Användaren granskar inte längre åtkomster.",
  "tvasteg-aterstallt": "Tvåstegsverifieringen är återställd och alla sessioner avslutade. Användaren aktiverar den igen vid nästa inloggning.",
  "overenskommelse-sparad": "Utkastet till överenskommelsen är sparat. Skicka det för godkännande när det är klart.",
  "overenskommelse-skickad": "Överenskommelsen är skickad för godkännande till anordnaren och deltagaren.",
  "overenskommelse-godkand-for-deltagaren": "Deltagarens godkännande är registrerat, med hur deltagaren godkände.",
  "overenskommelse-galler": "Du har godkänt överenskommelsen. Den gäller nu.",
  "overenskommelse-godkand-av-anordnaren": "Ni har godkänt överenskommelsen. Handläggaren godkänner sist.",
  "overenskommelse-godkand-av-dig": "Du har godkänt överenskommelsen. Din handläggare godkänner sist. Sedan gäller den.",
  "deltagarkod-aktiverad": "Koden är aktiverad. Deltagaren kan logga in med sitt personnummer och koden en gång, inom 72 timmar.",
  "deltagarinloggning-stangd": "Deltagarens inloggning är stängd. Alla sessioner och koder slutade gälla nu.",
} as const;

export type Confirmation = keyof typeof CONFIRMATIONS;

export function confirmationText(key: string | string[] | undefined): string | null {
  const value = Array.isArray(key) ? key[0] : key;
  return value && Object.hasOwn(CONFIRMATIONS, value) ? CONFIRMATIONS[value as Confirmation] : null;
}
