/**
 * First names whose gender we know, as data.
 *
 * The rule (gender.ts) already gives most Latvian names right: masculine names end in -s, -š
 * (Jānis, Mārtiņš, Mikus), feminine ones in -a or -e (Anna, Ilze). These lists exist for
 *   1. the exceptions to that rule (Nikita and Iļja are men; Agnes and Doris are women; Hugo
 *      ends in -o; Mike ends in -e and is a man),
 *   2. names that are used for both sexes, which must never produce a gendered greeting,
 *   3. recognising a first name (to tell "Bērziņš Andris" from "Andris Bērziņš"), and
 *   4. recognising a name typed without its diacritics ("Janis" for Jānis, "Liga" for Līga).
 * Spelling follows the Latvian name-day calendar and the usual Latvian spelling of Russian
 * names (Sergejs, Jeļena). Add names here, not code.
 */

/** Common Latvian masculine names (all follow the ending rule; listed for 3 and 4). */
export const MASCULINE_NAMES: readonly string[] = [
  "Ādams", "Ādolfs", "Agris", "Aigars", "Ainārs", "Aivars", "Aivis", "Aldis", "Aleksandrs", "Aleksejs",
  "Alfrēds", "Alvis", "Anatolijs", "Andis", "Andrejs", "Andris", "Andžejs", "Ansis", "Antons", "Arkādijs",
  "Armands", "Arnis", "Arnolds", "Artis", "Artjoms", "Artūrs", "Arturs", "Arvīds", "Arvis", "Atis",
  "Augusts", "Austris", "Bruno", "Boriss", "Dainis", "Daniels", "Dāniels", "Dāvids", "Dāvis", "Deniss",
  "Didzis", "Dmitrijs", "Dzintars", "Edgars", "Edijs", "Eduards", "Edvards", "Edvīns", "Egils", "Einārs",
  "Eižens", "Einars", "Elmārs", "Elvis", "Emīls", "Ēriks", "Ernests", "Ervīns", "Evalds", "Ēvalds", "Fricis",
  "Fjodors", "Fridrichs", "Gothards", "Gatis", "Genādijs", "Georgs", "Georgijs", "Gints", "Ginters", "Grigorijs", "Gunārs", "Guntars",
  "Guntis", "Gustavs", "Ģederts", "Ģirts", "Haralds", "Harijs", "Helmuts", "Henrijs", "Hermanis", "Igors",
  "Ilgvars", "Ilmārs", "Imants", "Indulis", "Intars", "Ivans", "Ivars", "Ivo", "Jānis", "Jaroslavs",
  "Jāzeps", "Jegors", "Jēkabs", "Jevgēņijs", "Jevgeņijs", "Juris", "Jurģis", "Jurijs", "Kārlis", "Kaspars",
  "Kirils", "Klāvs", "Konstantīns", "Kristaps", "Kristiāns", "Krišjānis", "Laimonis", "Lauris", "Leonīds", "Leons",
  "Linards", "Ludvigs", "Madars", "Maksims", "Mareks", "Markuss", "Mārcis", "Māris", "Mārtiņš", "Matīss",
  "Miks", "Mikus", "Mihails", "Miķelis", "Modris", "Nauris", "Niklāvs", "Niks", "Nikolajs", "Normunds",
  "Ojārs", "Olafs", "Olegs", "Oļegs", "Oskars", "Osvalds", "Pauls", "Pāvels", "Pāvils", "Pēteris",
  "Pjotrs", "Raimonds", "Raitis", "Ralfs", "Reinis", "Reinholds", "Renārs", "Ričards", "Rihards", "Rinalds",
  "Ritvars", "Roberts", "Rolands", "Romāns", "Rūdis", "Rūdolfs", "Ruslans", "Sandis", "Semjons", "Sergejs",
  "Sigurds", "Staņislavs", "Stepans", "Tālis", "Tālivaldis", "Teodors", "Tenis", "Timurs", "Toms", "Uģis",
  "Uldis", "Vadims", "Valdis", "Valentīns", "Valērijs", "Valters", "Vasilijs", "Verners", "Viesturs", "Viktors",
  "Vilis", "Vilnis", "Visvaldis", "Vitālijs", "Vjačeslavs", "Vladimirs", "Vladislavs", "Voldemārs", "Zigmārs", "Zigmunds",
  "Zigurds", "Žanis",
];

/** Common Latvian feminine names (all follow the ending rule; listed for 3 and 4). */
export const FEMININE_NAMES: readonly string[] = [
  "Adele", "Agita", "Agnese", "Agnija", "Aija", "Aiga", "Aina", "Alīna", "Alise", "Alla",
  "Amēlija", "Anastasija", "Anda", "Andra", "Anete", "Anita", "Anna", "Antra", "Anžela", "Ārija",
  "Arta", "Astrīda", "Ausma", "Baiba", "Beāte", "Beatrise", "Biruta", "Dace", "Dagnija", "Daiga",
  "Daina", "Dana", "Darja", "Dārta", "Diāna", "Dina", "Dita", "Dzintra", "Edīte", "Egija",
  "Elīna", "Elita", "Elizabete", "Elza", "Emīlija", "Ērika", "Estere", "Eva", "Evelīna", "Evija",
  "Gabriela", "Galina", "Gita", "Guna", "Gundega", "Gunta", "Ģertrūde", "Hanna", "Helēna", "Ieva",
  "Ilga", "Ilona", "Ilva", "Ilze", "Ina", "Ināra", "Inese", "Inga", "Ingrīda", "Ingūna", "Inguna",
  "Inna", "Inta", "Irēna", "Irina", "Iveta", "Ivita", "Jana", "Jekaterina", "Jeļena", "Jolanta",
  "Jūlija", "Karina", "Katrīna", "Keita", "Kitija", "Krista", "Kristiāna", "Kristīna", "Kristīne", "Ksenija",
  "Laila", "Laima", "Lana", "Larisa", "Lāsma", "Laura", "Lauma", "Lelde", "Liene", "Līga",
  "Linda", "Līva", "Lolita", "Lote", "Lūcija", "Ludmila", "Luīze", "Madara", "Maija", "Māra",
  "Marina", "Marija", "Marika", "Mārīte", "Marta", "Mārta", "Megija", "Milda", "Monika", "Monta",
  "Nadīne", "Natālija", "Natalja", "Nellija", "Nina", "Ņina", "Oksana", "Olga", "Patrīcija", "Paula",
  "Polina", "Rasa", "Rasma", "Rebeka", "Regīna", "Renāte", "Rita", "Rudīte", "Ruta", "Rūta", "Sabīne",
  "Samanta", "Sandra", "Sanita", "Santa", "Sarmīte", "Sigita", "Signe", "Silvija", "Sintija", "Skaidrīte",
  "Sofija", "Solvita", "Svetlana", "Tamāra", "Tatjana", "Terēze", "Una", "Vaira", "Valda", "Valentīna",
  "Valērija", "Vanda", "Velta", "Vera", "Veronika", "Vija", "Viktorija", "Vineta", "Vita", "Zaiga",
  "Zane", "Zanda", "Zelma", "Zenta", "Zinaīda", "Žanna", "Ženija",
];

/** Men whose names end like women's names (-a, -e). */
export const MASCULINE_EXCEPTIONS: readonly string[] = [
  // Slavic names as spelt in Latvian
  "Nikita", "Iļja", "Ilja", "Foma", "Kuzma", "Savva", "Miša", "Koļa", "Vaņa", "Kostja", "Toļa", "Lūka", "Luka",
  // other languages
  "Luca", "Joshua", "Ezra", "Elijah", "Jonah", "Mustafa", "Hamza", "Mike", "Steve", "George", "Dave", "Luke",
  "Jake", "Joe", "Bruce", "Jesse", "Wayne", "Shane", "Lance", "Pierre", "Jorge", "Jose", "José", "Philippe",
  "Antoine", "Guillaume", "Andre", "André", "Andrē", "René", "Renē",
  // names ending otherwise
  "Hugo", "Oto", "Otto", "Marko", "Marco", "Mario", "Niko", "Pablo", "Paolo", "Antonio", "Roberto", "Leo",
  "Teo", "Timo", "Aldo", "Arvo", "John", "Michael", "David", "Peter", "Paul", "Mark", "Robert", "Richard",
  "William", "Daniel", "Adam", "Martin", "Christopher", "Stephen", "Edward", "Patrick", "Matthew", "Andrew",
  "Anthony", "Joseph", "Kevin", "Brian", "Eric", "Henry", "Frank", "Oliver", "Hans", "Jürgen", "Stefan",
  "Piotr", "Tomasz", "Andrzej", "Michel", "Mohammed", "Muhammad", "Ahmed", "Ali", "Omar",
];

/** Women whose names end like men's names (-s) or otherwise. */
export const FEMININE_EXCEPTIONS: readonly string[] = [
  "Agnes", "Doris", "Iris", "Ines", "Inès", "Dolores", "Mercedes", "Gladys", "Lourdes", "Frances",
  "Ingrid", "Astrid", "Sigrid", "Karen", "Ellen", "Helen", "Kathleen", "Ann", "Mary", "Elizabeth",
  "Sarah", "Hannah", "Judith", "Esther", "Rachel", "Miriam", "Carmen", "Isabel", "Margaret", "Ruth",
  "Lily", "Emily", "Amy", "Lucy", "Dorothy", "Nancy", "Betty", "Birgit", "Margit", "Marit", "Kirsten",
];

/** Given to both men and women: never a gendered greeting from these alone. */
export const UNISEX_NAMES: readonly string[] = [
  "Saša", "Sasha", "Žeņa", "Valja", "Andrea", "Nicola", "Nikola", "Jean", "Kim", "Alex", "Sam", "Chris",
  "Robin", "Jamie", "Jordan", "Taylor", "Ariel", "Toni", "Jan", "Mika", "Dominique", "Claude", "Eli",
];
