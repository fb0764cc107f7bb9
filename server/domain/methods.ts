/**
 * The rules behind the computed figures, in Swedish and English, sent with the cities,
 * city and emissions responses so the UI can show them next to the figures. Each text is
 * the plain-language version of a rule implemented (with its formula) in this folder:
 * change.ts (average annual change, per capita), trend.ts, target-path.ts,
 * reference-path.ts, ranks.ts and indexing.ts. Keep them in step with the code.
 */
import type { Methods } from '../../contract/index.ts';

export const METHODS: Methods = {
  averageAnnualChange: {
    sv: 'Genomsnittlig årlig förändring sedan 2015 är den jämna procentuella förändring per år som leder från utsläppen 2015 till det senaste redovisade årets: ((senaste ÷ 2015)^(1 ÷ antal år) − 1) × 100. Ett negativt tal betyder att utsläppen har minskat.',
    en: 'The average annual change since 2015 is the steady yearly percentage change that leads from the 2015 emissions to those of the latest reported year: ((latest ÷ 2015)^(1 ÷ years) − 1) × 100. A negative figure means emissions have fallen.',
  },
  trend: {
    sv: 'Trenden utgår från det senaste redovisade årets utsläpp, som hos Klimatkollen. Lutningen kommer från en rät linje anpassad till SMHI:s redovisade år från 2015 med minsta absoluta avvikelser, så att ett enstaka ovanligt år väger lätt. Trenden förlängs till 2030 och 2050; värden under noll räknas som noll.',
    en: 'The trend starts from the latest reported year’s emissions, as Klimatkollen does. Its slope comes from a straight line fitted to SMHI’s reported years from 2015 by least absolute deviations, so a single unusual year carries little weight. The trend is extended to 2030 and 2050; values below zero count as zero.',
  },
  targetPath: {
    sv: 'Målbanan minskar med samma procent varje år, från basårets redovisade utsläpp till den nivå stadens huvudmål tillåter målåret; den årliga förändring som krävs räknas likadant från det senaste redovisade året. Mål som bara anger en årlig minskning utan basår räknas från 2020, året före programmen för 2021–2030 – det är vårt antagande, inte stadens.',
    en: 'The target path falls by the same percentage every year, from the base year’s reported emissions to the level the city’s primary target allows in the target year; the required annual change is worked out the same way from the latest reported year. Targets that state only a yearly cut without a base year are counted from 2020, the year before the 2021–2030 programmes – our assumption, not the city’s.',
  },
  referencePath: {
    sv: 'Referensbanan är Klimatkollens Carbon Law-bana: utsläppen minskar med 11,72 % per år från 2025, den takt som håller världen inom koldioxidbudgeten för 1,5 grader. Den startar i trendens värde 2025 och följer samma regel för alla städer (källa: Klimatkollen, ”Applying Carbon Law from 2025”, 2025).',
    en: 'The reference path is Klimatkollen’s Carbon Law path: emissions fall by 11.72 % a year from 2025, the pace that keeps the world within the carbon budget for 1.5 °C. It starts at the trend’s 2025 value and follows the same rule for every city (source: Klimatkollen, “Applying Carbon Law from 2025”, 2025).',
  },
  onTrack: {
    sv: 'Mot sitt eget mål är staden i fas om trendens värde målåret är högst vad målet tillåter, annars inte i fas. En stad vars mål saknar en siffra att räkna en bana från, eller som saknar mål, bedöms inte mot något mål.',
    en: 'Against its own target, a city is on track if the trend’s value in the target year is no more than the target allows, and off track otherwise. A city whose target has no figure to draw a path from, or which has no target, is not assessed against one.',
  },
  budget: {
    sv: 'Mot referensbanan ryms staden inom budgeten om trendens sammanlagda utsläpp 2025–2050 ryms inom referensbanans, Klimatkollens regel för Parisavtalet; annars är den över budgeten. Regeln är densamma för alla städer, oavsett deras egna mål.',
    en: 'Against the reference path, a city is within the budget if the trend’s total emissions for 2025–2050 fit within the path’s, Klimatkollen’s rule for the Paris Agreement, and over the budget otherwise. The rule is the same for every city, whatever its own target.',
  },
  ranks: {
    sv: 'Rangordningen jämför alla städer i programmet; plats 1 är det lägsta värdet, alltså minst utsläpp eller störst minskning. Städer med samma värde delar plats och nästa plats hoppas över (1, 2, 2, 4).',
    en: 'Ranks compare all the cities in the programme; rank 1 is the lowest value, that is the least emissions or the largest cut. Cities with the same value share a rank and the next rank is skipped (1, 2, 2, 4).',
  },
  index: {
    sv: 'Index visar utsläppen i förhållande till ett basår (1990, 2015 eller 2020) som sätts till 100, så 60 betyder 40 % lägre än basåret. Basårets värde är SMHI:s redovisade siffra för staden.',
    en: 'The index shows emissions relative to a base year (1990, 2015 or 2020) set to 100, so 60 means 40 % below the base year. The base year’s value is SMHI’s reported figure for the city.',
  },
  perCapita: {
    sv: 'Utsläpp per invånare är stadens utsläpp ett år delat med folkmängden den 31 december samma år enligt SCB. Det gäller utsläpp inom kommunens gränser, inte invånarnas konsumtion.',
    en: 'Emissions per person are the city’s emissions in a year divided by its population on 31 December of that year (SCB). They cover emissions within the municipality’s borders, not residents’ consumption.',
  },
};

/** How the standings rank the cities against their own targets (standings.ts, targetGapPercent). */
export const TARGET_GAP_METHOD = {
  sv: 'Avstånd till eget mål: trendens utsläpp det år stadens mål gäller, minus vad målet tillåter då, i procent av utsläppen i målets basår. Ett negativt tal betyder att trenden når under målet (i fas); ett positivt att den hamnar över (inte i fas). Plats 1 är det lägsta värdet. Städer med ett mål utan siffra, utan mål eller med för få rapporterade år för en trend kan inte rangordnas och listas efter, med sin status.',
  en: 'Gap to own target: the trend’s emissions in the year the city’s target applies, minus what the target allows then, in percent of the emissions in the target’s base year. A negative figure means the trend ends below the target (on track); a positive one above it (off track). Rank 1 is the lowest value. Cities with a target without a figure, with no target, or with too few reported years for a trend cannot be ranked and are listed after, with their status.',
} as const;

/** How the programme is set against the rest of Sweden (programme-comparison.ts), and what it does not show. */
export const COMPARISON_METHOD = {
  method: {
    sv: 'Programmets städer är dess medlemmar i dag; deras utsläpp enligt SMHI läggs ihop år för år, liksom alla övriga kommuners. Sverige totalt är SMHI:s nationella serie, som också rymmer utsläpp som ingen kommun tilldelas, och är därför större än summan av kommunerna. Alla tre räknas över samma redovisade år i samma SMHI-utgåva. Per invånare delas summan med SCB:s folkmängd den 31 december samma år; index är årets utsläpp delat med 1990 års (eller 2015 års) gånger 100. När en stad går med eller lämnar programmet flyttas den mellan grupperna, i hela serien.',
    en: 'The programme’s cities are its members today; their emissions according to SMHI are added up year by year, as are those of all other municipalities. Sweden in total is SMHI’s national series, which also holds emissions no municipality is given, so it is more than the municipalities add up to. All three are counted over the same reported years of the same SMHI release. Per person, the sum is divided by SCB’s population on 31 December of the same year; the index is the year’s emissions divided by 1990’s (or 2015’s) times 100. When a city joins or leaves the programme it moves between the groups, over the whole series.',
  },
  caveat: {
    sv: 'Det här är en jämförelse, inte ett bevis på effekt: städerna valde själva att söka sig till programmet och skiljer sig från övriga kommuner (större, mer tätbebyggda, annan näringslivsstruktur), och deras utsläpp minskade redan före 2019. En snabbare minskning i programmet kan bero på annat än programmet.',
    en: 'This is a comparison, not proof of effect: the cities chose to join the programme and differ from other municipalities (larger, denser, with other industries), and their emissions were already falling before 2019. A faster cut in the programme may have causes other than the programme.',
  },
};
