// Swedish names and texts for the demo data. Invented people; any likeness is chance.

export const FEMALE_NAMES = [
  "Anna", "Maria", "Emma", "Sara", "Johanna", "Linnea", "Elin", "Ida", "Frida", "Malin",
  "Sofia", "Jenny", "Camilla", "Therese", "Lina", "Matilda", "Moa", "Ebba", "Wilma", "Agnes",
  "Lena", "Helena", "Annika", "Susanne", "Petra", "Jessica", "Hanna", "Amanda", "Klara", "Tove",
] as const;

export const MALE_NAMES = [
  "Erik", "Lars", "Johan", "Anders", "Per", "Mikael", "Karl", "Oskar", "Viktor", "Emil",
  "Filip", "Jonatan", "Simon", "Daniel", "Marcus", "Niklas", "Tobias", "Andreas", "Henrik", "Fredrik",
  "Mattias", "Robin", "Elias", "Isak", "Albin", "Linus", "Hampus", "Stefan", "Peter", "Ola",
] as const;

export const NEUTRAL_NAMES = ["Alex", "Kim", "Robin", "Charlie", "Love", "Sam"] as const;

export const SURNAMES = [
  "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
  "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson",
  "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Olofsson", "Lindqvist", "Lindgren", "Berg",
  "Axelsson", "Bergström", "Lundberg", "Lundgren", "Mattsson", "Berglund", "Fredriksson", "Sandberg",
  "Henriksson", "Ali", "Forsberg", "Sjöberg", "Wallin", "Engström", "Eklund", "Danielsson",
  "Håkansson", "Lundin", "Gunnarsson", "Björk", "Bergman", "Holm", "Samuelsson", "Fransson",
  "Wikström", "Isaksson", "Hedlund", "Nyström", "Dahlberg", "Söderberg", "Norberg", "Ahlgren",
  // Gotländska namn.
  "Hägg", "Rondahl", "Ekman", "Klintberg",
] as const;

/** Names for participants in etableringsprogrammet (newly arrived). */
export const ETP_FEMALE_NAMES = ["Fatima", "Amina", "Hodan", "Zahra", "Nour", "Aisha", "Rahel", "Yasmin", "Maryam", "Olena"] as const;
export const ETP_MALE_NAMES = ["Ahmad", "Mohammed", "Abdi", "Yonas", "Omar", "Hassan", "Mustafa", "Ali", "Samir", "Dmytro"] as const;
export const ETP_SURNAMES = [
  "Mohamed", "Hussein", "Yusuf", "Abdullahi", "Haile", "Tesfay", "Rahimi", "Ahmadi", "Al-Khalil",
  "Haddad", "Osman", "Karimi", "Kovalenko", "Shevchenko", "Nazari", "Warsame",
] as const;

export interface FieldTexts {
  goals: readonly string[];
  tasks: readonly string[];
  followUpTasks: readonly string[];
}

/** Goals and tasks by field of work (the provider's first field decides). */
export const FIELD_TEXTS: Record<string, FieldTexts> = {
  "Lager och logistik": {
    goals: [
      "Komma i gång med regelbundna arbetstider och pröva arbetsförmågan i lagermiljö.",
      "Klara ett helt arbetspass med plock och packning enligt ordersedel, med stöd av handledare.",
      "Få referenser och underlag för att söka arbete som lagermedarbetare.",
    ],
    tasks: [
      "Ta emot gods, kontrollera följesedlar och ställa in varor på plats.",
      "Plocka och packa order, märka kollin och hålla ordning i plockzonen.",
      "Inventering, städning av lagerytor och sortering av emballage.",
    ],
    followUpTasks: [
      "Har plockat order på förmiddagarna och packat utleveranser.",
      "Tagit emot inkommande gods och kontrollerat mot följesedel tillsammans med handledaren.",
      "Deltagit i inventering och hållit ordning i returhyllan.",
    ],
  },
  "Återbruk": {
    goals: [
      "Träna på att passa tider och samarbeta i arbetsgrupp.",
      "Pröva arbete i butik och kundkontakt i lugn takt.",
      "Bygga upp uthållighet från halvtid mot heltid.",
    ],
    tasks: [
      "Sortera och prismärka inlämnade varor, enklare reparationer i verkstaden.",
      "Arbeta i butiken: plocka upp varor, hjälpa kunder och sköta kassan med stöd.",
      "Fotografera och lägga upp varor i webbutiken.",
    ],
    followUpTasks: [
      "Har sorterat och prismärkt textil och husgeråd.",
      "Stått i kassan två förmiddagar i veckan med stöd.",
      "Fotograferat varor och skrivit beskrivningar till webbutiken.",
    ],
  },
  "Trädgård": {
    goals: [
      "Pröva fysiskt arbete utomhus och hitta en hållbar arbetstakt.",
      "Lära sig hantera trädgårdsmaskiner säkert.",
      "Få en bild av arbetsförmågan inför fortsatt planering mot arbete inom grönyteskötsel.",
    ],
    tasks: [
      "Gräsklippning, ogräsrensning och plantering i stadens parker.",
      "Skötsel av rabatter och krukor, lövkrattning och bortforsling av trädgårdsavfall.",
      "Enklare underhåll av parkbänkar och redskap.",
    ],
    followUpTasks: [
      "Har rensat rabatter och planterat sommarblommor med arbetslaget.",
      "Kört åkgräsklippare efter genomgång av säkerhetsrutiner.",
      "Krattat löv och kört trädgårdsavfall till återvinningen.",
    ],
  },
  "Café och restaurang": {
    goals: [
      "Träna på att arbeta i team och hantera stressiga stunder vid lunchrusningen.",
      "Lära sig grundläggande livsmedelshygien och rutiner i kök.",
      "Pröva kundkontakt i kassa och servering.",
    ],
    tasks: [
      "Diska, duka av och hålla ordning i matsalen.",
      "Förbereda sallader och smörgåsar, baka bröd enligt recept.",
      "Servera och ta betalt i kassan med stöd av handledare.",
    ],
    followUpTasks: [
      "Har förberett sallader och ansvarat för disken under lunchen.",
      "Bakat kanelbullar och ställt i ordning fikadisken.",
      "Tagit emot beställningar och tagit betalt i kassan.",
    ],
  },
  "Kontor och administration": {
    goals: [
      "Pröva kontorsarbete och datorvana i en arbetsmiljö med tydliga rutiner.",
      "Träna på att planera och prioritera egna arbetsuppgifter.",
      "Få aktuella referenser inför sökande av arbete inom administration.",
    ],
    tasks: [
      "Registrera inkommande post och ärenden, skanna och arkivera handlingar.",
      "Besvara enklare frågor i receptionen och boka mötesrum.",
      "Uppdatera register och sammanställa uppgifter i kalkylblad.",
    ],
    followUpTasks: [
      "Har skannat och registrerat inkommande post.",
      "Uppdaterat kontaktregister och sammanställt statistik i kalkylblad.",
      "Bemannat receptionen två eftermiddagar i veckan.",
    ],
  },
  "Fordon och verkstad": {
    goals: [
      "Pröva praktiskt arbete i verkstad och lära sig säkerhetsrutiner.",
      "Träna på att passa tider och ta instruktioner från flera kollegor.",
    ],
    tasks: [
      "Däckbyten och hjulförvaring under säsong, tvätt och rekond av bilar.",
      "Hålla ordning i verkstaden och på lagret, ta emot leveranser av reservdelar.",
    ],
    followUpTasks: [
      "Har skiftat däck tillsammans med mekaniker och märkt hjul för förvaring.",
      "Tvättat och rekondat bilar inför leverans.",
      "Tagit emot reservdelar och hållit ordning på lagret.",
    ],
  },
};

export const ABILITIES_GOOD = [
  "Passar tiderna och meddelar själv vid frånvaro.",
  "Tar instruktioner bra och frågar när något är oklart.",
  "Samarbetar väl med kollegorna och har börjat ta egna initiativ.",
  "Orkar ett helt arbetspass; tempot har ökat sedan förra uppföljningen.",
  "Klarar momenten självständigt och kan visa nya kollegor.",
  "Bemöter kunder och besökare vänligt och har blivit tryggare i kontakten.",
  "Planerar sin dag på egen hand och rapporterar när uppgifter är klara.",
] as const;

export const ABILITIES_STRUGGLING = [
  "Arbetar noggrant men behöver fortfarande stöd för att komma i gång på morgonen.",
  "Behöver korta pauser för att orka, men håller koncentrationen bättre än i början.",
  "Har svårt att komma ihåg ordningen i momenten; checklista har hjälpt.",
  "Orkar kortare pass än planerat; vi har minskat tiden tillfälligt.",
] as const;

export const CONCERNS = [
  "Har varit borta flera dagar utan att höra av sig. Vi behöver prata om hur det går.",
  "Uppger smärta i ryggen efter lyft; bör ses över om uppgifterna ska anpassas.",
  "Verkar trött och nedstämd senaste veckorna. Föreslår avstämning med handläggare.",
  "Konflikt med en kollega i arbetslaget; handledaren har pratat med båda.",
  "Har svårt att ta sig till arbetsplatsen när bussen inte går som vanligt.",
  "Sömnproblem gör att hen kommer sent flera dagar i veckan.",
] as const;

export const MINOR_NOTES = [
  "Inga särskilda problem.",
  "Behöver påminnelser om rasttider.",
  "Vill gärna pröva fler arbetsuppgifter.",
] as const;

export const PARTICIPANT_VIEWS = [
  "Trivs bra och tycker att dagarna går fort.",
  "Tycker att det är skönt att ha något att gå till på morgonen.",
  "Vill öka tiden till fler timmar i veckan.",
  "Tycker att vissa uppgifter är tunga men att det blir bättre.",
  "Känner sig tryggare nu och vill börja söka jobb i branschen.",
  "Tycker att det är svårt ibland men vill fortsätta.",
  "Önskar mer variation i arbetsuppgifterna.",
  "Är nöjd med handledningen och vet vem hen kan fråga.",
] as const;

export const REMOTE_REVIEWS = [
  "Arbetar hemifrån enligt schema; har daglig avstämning med handledaren via video. Ingen risk för isolering just nu.",
  "Distansupplägget fungerar, men deltagaren har få kontakter utanför hemmet. Planerar fler dagar på plats.",
  "Har varit på arbetsplatsen två dagar i veckan och arbetat hemifrån resten. Upplägget behålls.",
  "Svårt att hålla rutiner hemma senaste veckorna; vi prövar att öka dagarna på plats.",
  "Trivs med distansarbetet men behöver träna på att ta kontakt med kollegor. Vi bokar in fysiska träffar varannan vecka.",
] as const;

export const ASSESSMENT_REASONING = [
  "Deltagaren har varit utan arbete länge och behöver pröva arbetsförmågan i en verklig arbetsmiljö med handledning. Arbetsintegrerande övningsplatser har prövats men finns inte inom deltagarens intresseområde.",
  "Kartläggningen visar behov av att bygga upp rutiner och uthållighet innan matchning mot arbete. Deltagaren är motiverad och har själv önskat arbetsträning.",
  "Deltagaren har nedsatt arbetsförmåga efter en längre sjukskrivning och behöver arbetslivsinriktad rehabilitering med hög grad av handledning.",
  "Språkträning kombineras med arbetsträning för att ge svensk arbetslivserfarenhet och referenser. Andra insatser bedöms inte passa bättre just nu.",
  "Deltagaren saknar aktuella referenser. Arbetsträning ger möjlighet att visa förmåga och få underlag till fortsatt planering.",
] as const;

export const SECOND_PERIOD_REASONING = [
  "Uppföljningarna visar tydlig utveckling men deltagaren behöver mer tid för att nå full uthållighet. Andra insatser har övervägts; arbetsträning hos samma anordnare bedöms fortfarande vara mest lämplig.",
  "Deltagaren har kommit en bra bit på väg. En ny period med stegvis ökade krav bedöms ge bäst förutsättningar för att gå vidare mot arbete.",
] as const;

export const ASSESSMENT_CONCLUSIONS = [
  "Arbetsträning bedöms vara den mest lämpliga insatsen.",
  "Arbetsträning är fortfarande den mest lämpliga insatsen; ingen annan insats passar bättre just nu.",
] as const;

export const FORSTARKT_CONCLUSION = "Förstärkt arbetsträning med hög grad av handledning bedöms vara den mest lämpliga insatsen.";

export const STAGE_REASONS = {
  start: "Inskrivning: deltagaren börjar sin väg mot arbete eller studier.",
  toPaVag: [
    "Närvaron är stabil och deltagaren klarar fler uppgifter självständigt.",
    "Har ökat sin tid och tagit mer ansvar på arbetsplatsen.",
    "Har kommit in i rutinerna och vill pröva mer krävande uppgifter.",
  ],
  toNastanFramme: [
    "Har skrivit CV och personligt brev och börjat söka arbete.",
    "Har haft kontakt med arbetsgivare och gått på en intervju.",
    "Handledaren bedömer att deltagaren klarar ett ordinarie arbetstempo.",
  ],
  back: [
    "Längre frånvaro på grund av ohälsa; behöver börja om i lugnare takt.",
    "Förändrad livssituation har gjort att rutinerna inte längre håller.",
    "Arbetsträningen behöver anpassas; tillbaka till att bygga grundläggande rutiner.",
  ],
} as const;

export const OUTCOME_TEXTS = {
  WORK: {
    endReason: "Deltagaren har fått anställning.",
    notes: ["Visstidsanställning som lagermedarbetare på 75 %.", "Tillsvidareanställning med lönestöd hos anordnaren.", "Timanställning i butik, med möjlighet till utökning."],
  },
  STUDIES: {
    endReason: "Deltagaren börjar studera.",
    notes: ["Antagen till vuxenutbildning inom vård och omsorg.", "Börjar på folkhögskolans allmänna kurs till hösten."],
  },
  WORK_TRIAL: {
    endReason: "Deltagaren går vidare till arbetsprövning.",
    notes: ["Arbetsprövning hos Arbetsförmedlingen för att pröva arbetsförmågan mot ett ordinarie arbete."],
  },
  OTHER_MEASURE: {
    endReason: "Deltagaren går vidare till en annan insats.",
    notes: ["Anvisad till rusta och matcha.", "Går vidare till lönestödsanställning via Arbetsförmedlingen."],
  },
  INTERRUPTED: {
    endReason: "Arbetsträningen har avbrutits.",
    notes: ["Avbrott efter gemensam avstämning med deltagare och handledare."],
  },
} as const;

export const INTERRUPT_REASONS = [
  "Sjukskrivning på heltid; arbetsträningen kan inte fortsätta just nu.",
  "Deltagaren flyttar från kommunen.",
  "Deltagaren har avbrutit på egen begäran efter upprepad frånvaro.",
] as const;

export const PERIOD_ENDED_FOR_NEW_PERIOD = "Perioden har löpt ut; en ny period är beslutad efter individuell bedömning.";
export const CANCELLED_REASON = "Deltagaren fick ett vikariat innan starten; placeringen behövs inte.";
