/**
 * Spanish, as written in Spain and Latin America (Mexico, Argentina, Chile, Colombia, Peru...).
 * Word classes first (the building blocks), then the phrase families, then the idioms that must
 * stay quiet, then negation and shorthand. Patterns are in the DSL of `../dsl.ts`: words,
 * `{class}`, `(a|b)` one of, `[x]` optional, `{fill2}` up to two other words, `word*` any ending,
 * `^`/`$` start/end of a sentence.
 *
 * Everything is matched after normalisation: lower case, accents and ñ folded ("daño" → "dano",
 * "ojalá" → "ojala"), doubled letters folded ("llorar" → "lorar", "perro" → "pero": patterns are
 * folded the same way, so write words normally), chat shorthand spelled out ("q" → "que",
 * "m" → "me", "kiero" → "quiero").
 *
 * Spanish puts the pronoun either before the verb or on the end of the infinitive: "me quiero
 * matar" = "quiero matarme". Families below write both: `{killinf}` is the infinitive with "-me"
 * ("matarme") after `{intend}`, `{killbare}` the bare infinitive ("matar") after "me {intend}".
 *
 * @module
 */
import type { LanguageSpec } from '../language.ts';

export const es: LanguageSpec = {
  code: 'es',
  scripts: ['latin'],

  classes: {
    // --- people ---
    family: [
      'mama', 'mami', 'madre', 'papa', 'papi', 'padre', 'papas', 'padres', 'viejos', 'vieja', 'viejo', 'familia', 'hermana', 'hermano',
      'hermanita', 'hermanito', 'hermanas', 'hermanos', 'hijo', 'hija', 'hijos', 'abuela', 'abuelo', 'abuelita', 'abuelos', 'tia',
      'amiga', 'amigo', 'amigas', 'amigos', 'mejor amiga', 'mejor amigo', 'novio', 'novia', 'pareja', 'esposo', 'esposa', 'gente',
    ],
    /** People who "would be better off without me": "todos", "mi familia", "el mundo". */
    everyone: [
      'todos', 'todas', 'todo el mundo', 'el mundo', 'la gente', 'mi {family}', 'mis {family}', 'ellos', 'ellas', 'los demas',
      'todos los demas', 'mi gente', 'los que me quieren', 'mis seres queridos', 'cualquiera', 'tu', 'ustedes', 'el',
    ],
    nobody: ['nadie', 'ninguno', 'ni una persona', 'ni mi familia', 'ni el', 'ni ella'],

    // --- wanting, intending (first person only: "mi jefe va a matarme" is not about me) ---
    /** Intending or getting ready to, before an infinitive: "quiero", "voy a", "pienso en", "ganas de". */
    intend: [
      'quiero', 'quisiera', 'queria', 'querria', 'quiera', 'quiero ya', 'solo quiero', 'nomas quiero', 'ya quiero',
      'voy a', 'ya voy a', 'ire a', 'iba a', 'vaya a', 'fuera a', 'fuese a', 'estoy por', 'estoy a punto de', 'a punto de',
      'pienso', 'pienso en', 'pense en', 'pensaba en', 'he pensado en', 'estoy pensando en', 'ando pensando en', 'sigo pensando en',
      'llevo dias pensando en', 'se me pasa por la cabeza', 'se me cruza por la cabeza', 'se me ocurre', 'me ronda la idea de', 'la idea de', 'pensando en', 'pensar en', 'pienso seriamente en', 'pensando seriamente en',
      'tengo ganas de', 'me dan ganas de', 'me entran ganas de', 'ganas de', 'tengo muchas ganas de', 'unas ganas de',
      'decidi', 'he decidido', 'ya decidi', 'estoy decidida a', 'estoy decidido a', 'decidida a', 'decidido a',
      'planeo', 'estoy planeando', 'planeando', 'necesito', 'deberia', 'tengo que', 'me gustaria', 'prefiero', 'preferiria',
      'intente', 'he intentado', 'trate de', 'intentar', 'voy a intentar', 'el valor de', 'el valor para', 'valor para',
      'juro que', 'te juro que', 'ojala pudiera', 'ojala tuviera el valor de', 'me tienta', 'tentada de', 'tentado de',
      'mejor', 'mejor voy a', 'lo mejor es', 'hoy voy a', 'esta noche voy a',
    ],
    /** Intent with the pronoun before it: "me QUIERO matar", "me VOY A matar". */
    meintend: ['quiero', 'quisiera', 'queria', 'quiera', 'voy a', 'iba a', 'vaya a', 'fuera a', 'fuese a', 'tengo que', 'deberia', 'estoy por', 'pienso', 'ire a', 'mejor'],
    /** Wishing (weaker than intent): "ojalá", "quisiera", "me gustaría", "ganas de". */
    longing: [
      'quiero', 'quisiera', 'queria', 'querria', 'solo quiero', 'solo quisiera', 'nomas quiero', 'a veces quisiera',
      'me gustaria', 'me encantaria', 'ganas de', 'tengo ganas de', 'deseo', 'desearia', 'ojala', 'ojala pudiera', 'prefiero',
      'preferiria', 'necesito', 'lo unico que quiero es', 'sueno con', 'quiero poder',
    ],
    /** Thinking about. */
    think: ['pienso', 'pensando', 'pense', 'pensado', 'pensaba', 'pensar', 'sueno', 'sonando', 'fantaseo', 'fantaseando'],

    // --- the act, in every form ---
    /** Killing myself, as an infinitive ending in "-me": after {intend}. */
    killinf: [
      'matarme', 'suicidarme', 'quitarme la vida', 'quitarme de en medio', 'quitarme del medio', 'sacarme de en medio',
      '(acabar|terminar) con mi [propia] vida', '(ponerle|poner|ponerme) fin a mi vida', 'ponerle fin a todo',
      '(acabar|terminar) con todo', '(acabar|terminar) conmigo [misma|mismo]', 'acabar de una vez con todo',
      'ahorcarme', 'colgarme', 'envenenarme', '(pegarme|darme|meterme) un (tiro|balazo|plomazo)', 'volarme (la cabeza|los sesos)',
      'cortarme las venas', 'abrirme las venas', 'tirarme a las vias', 'desangrarme',
      // coined words: "autoeliminarme", "autoborrarme"
      'autoeliminarme', 'autoeliminarse', 'autoborrarme',
    ],
    /** Killing myself, bare infinitive: after "me {meintend}" ("me quiero MATAR"). */
    killbare: [
      'matar', 'suicidar', 'quitar la vida', 'quitar de en medio', 'ahorcar', 'colgar', 'envenenar',
      '(pegar|dar|meter) un (tiro|balazo|plomazo)', 'volar (la cabeza|los sesos)', 'cortar las venas', 'abrir las venas',
    ],
    /** Killing myself in the present or future: "me mato", "me suicido", "me quito la vida". */
    killnow: [
      'me suicido', 'me suicidare', 'me quito la vida', 'me quitare la vida', 'me ahorco', 'me ahorcare', 'me matare',
      '(acabo|acabare|termino|terminare) con mi vida', '(acabo|acabare|termino|terminare) con todo', 'pongo fin a mi vida',
      'me pego un tiro', 'me doy un tiro', 'me vuelo la cabeza', 'me corto las venas', 'me suicidaria', 'me quitaria la vida',
    ],
    /** Being dead, wished or thought about. */
    death: [
      'morir', 'morirme', 'dejar de vivir', 'estar muerta', 'estar muerto', 'no existir', 'dejar de existir', 'desaparecer', 'desaparecerme',
      'desaparecer para siempre', 'no despertar', 'no despertarme', 'no despertar nunca', 'no despertar mas', 'dormir para siempre',
      'dormirme para siempre', 'quedarme dormida para siempre', 'quedarme dormido para siempre', 'no estar aqui', 'no estar aca',
      'no estar mas', 'no estar en este mundo', 'no estar $', 'no estar viva', 'no estar vivo', 'irme para siempre',
      'irme de este mundo', 'descansar para siempre', 'no haber nacido', 'nunca haber nacido', 'dejar de respirar',
      'que todo se acabe', 'que todo termine', 'desvanecerme', 'esfumarme',
      // erased, never having been: "borrarme" (not "borrarme de insta": see disappear-idiom), "no haber existido"
      'borrarme $', 'borrarme (del mundo|de este mundo|de la existencia|del mapa|para siempre|de la faz de la tierra|y ya|y listo)',
      'no haber existido', 'nunca haber existido', '(ser|haber sido) (borrada|borrado|eliminada|eliminado) [de la existencia|del mundo|para siempre|$]', 'que nunca hubiera existido', 'no haber existido nunca',
      'quedarme (ahi|alli|dormida|dormido|en ese sueno|asi) (y no (volver|despertar|despertarme|regresar)|para siempre)',
      '(entrar|caer|quedarme) en (coma|un coma) {fill6} (no (salir|despertar)|nunca (salir|despertar)|ni (salir|despertar))', 'desvivirme', 'desvivir', 'estirar la pata', 'palmarla', 'colgar los tenis',
    ],
    /** If I were gone: "si me muero", "si yo no estuviera". */
    died: [
      'me muero', 'me muriera', 'me mato', 'me matara', 'me suicido', 'me suicidara', 'muero', 'muriera', 'me voy', 'me fuera',
      'desaparezco', 'desapareciera', 'no estoy', 'no estuviera', 'ya no estoy', 'ya no estuviera', 'no existiera', 'no existo',
      'dejo de existir', 'dejara de existir', 'yo no', 'no hubiera nacido', 'nunca hubiera nacido',
    ],

    // --- self-harm ---
    /** Cutting myself, done: "me corté", "me volví a cortar", "me autolesioné". */
    cutdone: [
      'me corte', 'me he cortado', 'me estoy cortando', 'me estuve cortando', 'me volvi a cortar', 'me vuelvo a cortar', 'me volvi a hacer cortes', 'me he vuelto a cortar', 'me hice cortes',
      'me he hecho cortes', 'me hago cortes', 'me estoy haciendo cortes', 'estoy cortandome', 'me estoy rajando', 'me autolesione', 'me he autolesionado', 'me mutile', 'me volvi a lastimar', 'me volvi a hacer dano',
      'me volvi a quemar', 'me corto', 'me tajee', 'me rebane', 'me tasajee', 'me hice un tajo', 'me hice tajos', 'me volvi a rajar',
    ],
    /** Hurting myself, done, which may also be an accident ("me quemé", "me lastimé"): needs more context. */
    hurtdone: [
      'me queme', 'me he quemado', 'me lastime', 'me he lastimado', 'me hice dano', 'me he hecho dano', 'me hice mal', 'me golpee',
      'me pegue', 'me rasgune', 'me arane', 'me hice heridas', 'me hago dano', 'me rasgue', 'me hice marcas', 'me quemo', 'me lastimo', 'me golpeo',
      'me raje', 'me abri', 'quemandome', 'cortandome', 'me estoy quemando', 'me mordi', 'me muerdo', 'me clave', 'me arranque', 'me rasguno', 'me araño',
    ],
    /** Wounding myself, as an infinitive: "cortarme", "hacerme daño". */
    woundinf: [
      'cortarme', 'quemarme', 'lastimarme', 'hacerme dano', 'hacerme cortes', 'golpearme', 'autolesionarme', 'lesionarme', 'herirme',
      'rasgunarme', 'aranarme', 'mutilarme', 'hacerme heridas',
    ],
    /** Wounding myself, bare infinitive after "me quiero ...": "me quiero cortar". */
    woundbare: ['cortar', 'quemar', 'lastimar', 'hacer dano', 'hacer cortes', 'golpear', 'autolesionar', 'lesionar', 'herir'],
    /** Where people cut or burn. */
    body: [
      'venas', 'vena', 'munecas', 'muneca', 'brazo', 'brazos', 'antebrazo', 'antebrazos', 'pierna', 'piernas', 'muslo', 'muslos',
      'panza', 'abdomen', 'estomago', 'barriga', 'piel', 'cadera', 'caderas', 'tobillos', 'pecho', 'hombro', 'hombros', 'cuerpo',
    ],
    /** Tools of self-harm. */
    blade: [
      'navaja', 'navajas', 'cuchilla', 'cuchillas', 'gillette', 'hoja de afeitar', 'hojas de afeitar', 'cutter', 'cuter', 'exacto',
      'cuchillo', 'tijeras', 'vidrio', 'cristal', 'mechero', 'encendedor', 'cigarro', 'cigarrillo', 'cigarrillos', 'compas', 'sacapuntas',
      'bisturi', 'una hoja', 'la hoja', 'el sacapuntas', 'la navaja', 'una navaja',
    ],

    // --- means and places ---
    /** What someone takes in an overdose. */
    pills: [
      'pastillas', 'pastilla', 'pastis', 'pildoras', 'tabletas', 'comprimidos', 'capsulas', 'medicamentos', 'medicinas', 'remedios',
      'paracetamol', 'ibuprofeno', 'aspirinas', 'clonazepam', 'rivotril', 'alprazolam', 'diazepam', 'valium', 'tafil', 'lexatin',
      'orfidal', 'lorazepam', 'trankimazin', 'tramadol', 'antidepresivos', 'antidepresivo', 'ansiolitico', 'medicacion', 'la medicacion', 'mi medicacion', 'el tratamiento', 'somniferos', 'pastillas para dormir', 'mis pastillas',
      'las pastillas', 'ansioliticos', 'pastillas de mi {family}', 'benzos', 'insulina', 'frasco', 'blister', 'pastillero', 'botiquin',
    ],
    /** A lot of them: "todas", "una caja entera", "el frasco". */
    many: [
      'todas', 'todas las', 'todos los', 'toda la', 'todo el', 'todas mis', 'todos mis', 'una caja', 'una caja entera', 'la caja entera',
      'toda la caja', 'el frasco', 'el frasco entero', 'un frasco', 'un frasco entero', 'todo el frasco', 'un blister', 'el blister entero',
      'dos blister', '(como|unas|unos|mas de) (diez|quince|veinte|treinta|cuarenta|cincuenta|cien)', 'diez', 'quince', 'veinte', 'treinta', 'cuarenta', 'cincuenta', 'cien', 'un punado de', 'muchas', 'muchisimas', 'un monton de', 'un chingo de', 'una bocha de', 'un huevo de', 'como {number}',
      '{bignumber}', 'mas de {number}', 'el bote', 'el bote entero', 'dos cajas', 'varias cajas', 'las pastillas de', 'todo lo que habia',
    ],
    /** Places people jump from or onto. */
    height: [
      'puente', 'edificio', 'azotea', 'techo', 'tejado', 'balcon', 'ventana', 'piso {number}', '(1er|1ro|2do|3er|3ro|4to|5to|6to|7mo|8vo|9no|10mo|{number}) piso', '(segundo|tercer|tercero|cuarto|quinto|sexto|septimo|octavo|noveno|decimo) piso', 'ultimo piso', 'cornisa', 'barandal',
      'barandilla', 'acantilado', 'precipicio', 'risco', 'barranco', 'torre', 'viaducto', 'paso elevado', 'puente peatonal', 'vias',
      'via del tren', 'vias del tren', 'las vias', 'anden', 'mirador', 'rascacielos', 'terraza del edificio', 'terraza', 'vacio',
    ],
    /** Pets and people left in someone's care. */
    pet: [
      'gato', 'gata', 'perro', 'perra', 'perrito', 'perrita', 'gatito', 'gatita', 'gatos', 'perros', 'mascota', 'mascotas', 'hijos', 'hija',
      'hijo', 'plantas', 'hermanita', 'hermanito', 'hermana', 'hermano', 'mama', 'mami', 'pez', 'peces', 'conejo', 'loro', 'perico', 'tortuga',
    ],
    /** Blades only (not lighters or cigarettes): what an urge to "grab" means. */
    sharp: [
      'navaja', 'navajas', 'cuchilla', 'cuchillas', 'gillette', 'gilette', 'gilet', 'hoja de afeitar', 'hojas de afeitar', 'cutter', 'cuter',
      'bisturi', 'sacapuntas', 'exacto', 'cuchilla del sacapuntas', 'rastrillo',
    ],
    /** Being gone, in the words of a goodbye: "cuando yo no esté", "nunca te olvides de mí". */
    gone: [
      'cuando [yo] [ya] no (este|estemos|estuviera)', 'cuando me (vaya|haya ido) (para siempre|de este mundo)', 'cuando me muera',
      '[ya] no (les|te|os|le) (voy a|vuelvo a) (dar|causar|traer|ser) [mas] (problemas|molestias|disgustos|trabajo|preocupaciones|una carga|un problema|un estorbo)',
      '(nunca|no) (te olvides|se olviden|os olvideis|me olvides|me olviden) de mi', 'recuerdenme', 'acuerdense de mi', 'no me olviden',
      'no (fue|es) (tu|su|vuestra) culpa', 'no (fue|es) culpa de nadie', 'no (fue|es|sera|va a ser) culpa (tuya|suya|vuestra|de ustedes|de nadie)',
      'nada de (lo que|esto|lo que pase|lo que vaya a pasar|lo que haga) {fill2} (es|sera|va a ser|fue) (tu|su|vuestra) culpa', 'nada de (lo que|esto|lo que pase|lo que vaya a pasar|lo que haga) {fill2} (es|sera|va a ser|fue) culpa (tuya|suya|vuestra|de ustedes|de nadie)',
      '(pase lo que pase|lo que pase) {fill2} no (es|sera|va a ser) (tu|su|vuestra) culpa', 'nadie tiene la culpa', '[ya] no voy a estar', 'ya no voy a sufrir', 'mientras (todavia|aun) (hay|haya|estoy a|estemos a) tiempo', 'mientras (todavia|aun) puedo',
      'me voy para siempre', 'me voy (de aqui|de este mundo) para siempre', 'por ultima vez', 'en otra vida', 'no me busquen', 'no me lloren',
      'no lloren por mi', 'voy a estar en paz', 'ya no (van|vas|va) a tener que (preocuparse|preocuparte|cuidarme|aguantarme|lidiar conmigo) [por mi]', 'voy a estar mejor (alla|alli|donde voy)', 'donde voy',
    ],
    /** Thanks and forgiveness, the other half of a goodbye: "gracias por todo", "perdóname". */
    thanks: [
      '(gracias|agradecerles|agradecerte|agradecer|agradezco) {fill2} por (todo|haber sido|ser|estar|haberme|aguantarme|quererme)',
      'perdoname', 'perdonenme', 'perdonadme', 'perdon por todo', 'lo siento por todo', '(los|las|te|os) (quiero|amo) (mucho|muchisimo|a todos|con todo mi corazon)',
      'cuidense', 'cuidate mucho', 'cuiden a', 'sean felices', 'se feliz',
    ],
    /** Things swallowed: "me tomé", "me voy a tomar", "tragarme". */
    swallow: [
      'me tome', 'me tomo', 'me tomare', 'me he tomado', 'me estoy tomando', 'me acabo de tomar', 'me trague', 'me trago', 'me he tragado',
      'me meti', 'me meto', 'me empine', 'me empino', 'tome', 'trague', 'ya tome', 'tomarme', 'tragarme', 'meterme', 'me voy a tomar',
      'me voy a tragar', 'me voy a meter', 'me las tome', 'me las trague', 'me las voy a tomar', 'me las tomo',
    ],
    /** A bottle or box of pills, whole: "el frasco entero", "toda la caja". */
    wholepack: [
      '(el|la|un|una|mi) (frasco|caja|blister|bote|pastillero|tira|tableta) [de {pills}] (entero|entera|completo|completa)',
      '(todo el|toda la) (frasco|caja|blister|bote|pastillero|tira|tableta)',
    ],
    /** How a crash is made on purpose: "soltar el volante", "dar un volantazo". */
    crash: [
      'soltar el volante', 'suelto el volante', 'solte el volante', 'dar un volantazo', 'doy un volantazo', 'pegar un volantazo',
      'cerrar los ojos y acelerar', '(estrellarme|estrello|me estrello|me estrelle|meterme|me meto|chocar|choco) (contra|debajo de|bajo) (un|una|el|la) (camion|trailer|tren|arbol|pared|muro|poste|barranco|puente|pilar|columna|rio)',
      'no frenar', 'acelerar (a fondo|contra)', 'salirme de la carretera', 'tirarme (a|al) (barranco|precipicio|rio) con el (coche|carro|auto)',
    ],
    /** A done attempt that failed: "pero se rompió", "me encontraron". */
    failed: [
      'se rompio', 'se rompio la', 'se rompio el', 'se solto', 'se corto', 'no funciono', 'no me funciono', 'fallo', 'falle', 'me encontraron', 'me encontro',
      'me salvaron', 'me descolgaron', 'me bajaron', 'sobrevivi', 'desperte', 'me desperte', 'vomite', 'me hicieron un lavado', 'me llevaron al hospital',
      'termine en (urgencias|el hospital|la guardia)', 'no me mori', 'sigo viva', 'sigo vivo',
    ],
    /** Hoping for it: "ojalá", "rezo para que", "le pido a dios que". */
    hopefor: [
      'ojala', 'ojala que', 'espero que', 'rezo (para que|por que)', 'rezo', 'pido que', 'le pido a dios', 'le pido a dios que', 'quisiera que',
      'tomara que', 'me gustaria que', 'deseo que', 'a veces deseo', 'a veces rezo', 'le ruego a dios',
    ],
    /** An illness or accident, wished: "un cáncer", "un infarto", "un accidente". */
    illness: [
      'cancer', 'un cancer', 'un tumor', 'un infarto', 'un derrame', 'una enfermedad [terminal|grave|incurable]', 'algo grave', 'algo terminal',
      'algo incurable', 'algo fuerte', 'algo feo', 'algo serio', 'una gripe fuerte', 'una neumonia', 'un virus', 'un accidente', 'leucemia', 'un paro cardiaco', 'un aneurisma', 'algo malo y rapido',
    ],
    /** Not waking: "no me despierte", "no amanezca". */
    nowake: [
      'no despierte', 'no me despierte', 'no despertara', 'no me despertara', 'no despertase', 'no amanezca', 'no amaneciera', 'no vuelva a despertar',
      'no volviera a despertar', 'no me levante', 'no despertar', 'no despertarme', 'nunca despierte', 'nunca me despierte',
    ],
    /** Not caring how it ends: "me daría igual", "tampoco pasaría nada". */
    wouldntcare: [
      'favor', 'mejor', 'alivio', 'paz', 'no me importaria', 'me daria igual', 'me da igual', 'me da lo mismo', '(no|tampoco|nada) (pasaria|pasa) [nada]',
      'ni modo', 'que importa', 'no seria tan malo', 'no estaria mal', 'no estaria tan mal', 'mejor para todos', 'no lo lamentaria', 'no me quejaria',
      '(estaba|estaria) [todo] (bien|resuelto|arreglado) $', 'tampoco me quejaba', 'ya estaba', 'me vale',
    ],
    traffic: ['tren', 'metro', 'camion', 'trailer', 'bus', 'autobus', 'colectivo', 'micro', 'carro', 'coche', 'auto', 'carretera', 'autopista', 'los carros', 'los coches'],
    /** Jumping or throwing myself, as an infinitive ("tirarme") or after "me" ("me tiro", "me voy a tirar"). */
    jumpinf: ['tirarme', 'aventarme', 'lanzarme', 'arrojarme', 'botarme', 'saltar', 'echarme', 'dejarme caer', 'tirarme al vacio'],
    jumpbare: ['tirar', 'aventar', 'lanzar', 'arrojar', 'botar', 'echar', 'dejar caer'],
    jumpnow: ['me tiro', 'me avento', 'me aviento', 'me lanzo', 'me arrojo', 'me boto', 'me echo', 'me dejo caer', 'me tire', 'me avente', 'me lance', 'me arroje', 'salto', 'me voy a aventar', 'me voy a tirar', 'me voy a lanzar'],
    /** From, under, in front of. */
    from: ['de', 'del', 'desde', 'por', 'a', 'al', 'bajo', 'abajo de', 'debajo de', 'frente a', 'enfrente de', 'delante de', 'contra', 'en'],
    /** Soon: "esta noche", "hoy", "mañana". */
    soon: [
      'hoy', 'esta noche', 'hoy en la noche', 'manana', 'ahorita', 'ahora', 'ya', 'este finde', 'este fin de semana', 'el sabado', 'el viernes', 'el domingo', 'pronto', 'en un rato',
      'el (lunes|martes|miercoles|jueves)', 'despues (de|del) (clases|clase|la escuela|la uni|el trabajo|trabajar|mi turno|el turno|la cena|cenar|curro)', 'saliendo (de|del) (clases|trabajo|curro|la uni)',
      'esta madrugada', 'de madrugada', 'a la medianoche', 'cuando se duerman', 'en unas horas',
    ],
    /** A decision taken, everything ready: "ya lo decidí", "ya está todo". */
    settled: [
      'lo decidi', 'ya lo decidi', 'esta decidido', 'ya decidi', 'lo tengo decidido', 'ya esta decidido', 'no hay vuelta atras', 'ya esta todo', 'esta todo listo',
      'tengo todo listo', 'ya tengo todo', 'todo preparado', 'ya tengo todo preparado', 'ya esta todo listo', 'todo esta listo', 'ya esta todo preparado',
    ],
    /** Occasions a letter is written for: not a goodbye. */
    occasion: [
      'cumple', 'cumpleanos', 'santo', 'aniversario', 'navidad', 'dia de la madre', 'dia del padre', 'dia de las madres', 'boda', 'graduacion',
      'san valentin', 'reyes', 'dia del amor', 'despedida de soltera', 'despedida de soltero', 'jubilacion', 'mudanza', 'viaje', 'clase', 'tarea',
    ],
    /** Waiting for a ride or a person (not a train): "esperando el bus". */
    ride: ['bus', 'autobus', 'colectivo', 'micro', 'camion', 'uber', 'taxi', 'combi', 'bondi', 'aventon', 'ride', 'amigo', 'amiga', 'amigos', 'amigas', 'novio', 'novia', '{family}'],
    /** Affairs handed on: passwords given, papers located, things left to someone, love said. */
    handed: [
      '(la|mi) (clave|contrasena) (del|de mi|de la) (celu|celular|cel|telefono|banco|tarjeta|compu|cuenta|correo|home banking|homebanking|app del banco|banca|mail|email|face|insta|instagram|icloud|gmail|netflix|compu|laptop|caja fuerte)', '(el|mi) pin (del|de mi|de la)',
      '(las|mis) (claves|contrasenas) (estan|las deje|las anote|anotadas|apuntadas)', '(anotada|anotadas|apuntada|apuntadas|escrita|escritas|guardada|guardadas) (atras|detras|debajo|adentro|dentro|en) (del|de la|de) (cuadro|cajon|libro|colchon|mueble|armario|placard|caja|agenda|cuaderno)',
      'todo (ordenado|en orden|organizado|arreglado|resuelto)', '{affairs} (estan|esta) (en|dentro)', '(le|les) dije que (la|lo|los|las) (quiero|quise|amo|ame)',
      'se queda con (mi|mis)', '(quedense|quedate) con (mi|mis)', 'repartan mis cosas', 'regale mis cosas', 'mi testamento',
      // round 7: a wallet's seed phrase, passwords passed on
      '(la|mi) (frase semilla|semilla|seed|clave privada|llave privada|billetera|wallet|cartera de cripto)', '(te|le|les) (paso|pase|mando|mande|doy|di) (la|mi|las|mis) (clave|claves|contrasena|contrasenas|pin|password|usuario|accesos|datos) (del|de la|de mi|de mis)',
    ],
    /** Means of dying, named for the net and with readiness: "la soga", "todas las pastillas", "desde qué puente". */
    meansword: [
      'todas (las|mis) pastillas', '{wholepack}', '(las|unas) pastillas de mi {family}', 'un monton de pastillas', 'muchas pastillas', 'somniferos',
      'la soga', 'una soga', 'la navaja', 'la cuchilla', 'las cuchillas', 'la gillette', 'la pistola', 'el arma', 'la escopeta', 'el revolver',
      'raticida', 'matarratas', 'todo lo que necesito', 'lo que necesito para',
    ],
    /** Places to jump from, named for the net (not with "lista": "la azotea está lista para la fiesta"). */
    placeword: [
      'desde (que|cual|el|ese|este) (puente|edificio|piso|balcon|techo|acantilado)', 'el borde (del|de la) (puente|azotea|edificio|techo|balcon|acantilado)',
      'la cornisa', 'la azotea', 'el techo del edificio', 'el ultimo piso', 'las vias del tren',
    ],
    /** Having something ready in everyday words: with a means only (with a time it is a party). */
    gotit: [
      'escondi', 'ya escondi', 'escondido', 'escondida', 'tengo escondido', 'guarde', 'listo', 'lista', 'listas', 'listos', 'preparado', 'preparada', 'preparadas', 'compre', 'consegui', 'guardadas', 'guardados', 'en la mano', 'en mi mano',
      'en mis manos', 'al lado mio', 'frente a mi', 'delante de mi', 'debajo de la cama', 'todo listo', 'tengo todo', 'ya tengo', 'cargada', 'cargado',
    ],
    /** Water to walk into. */
    water: ['(al|el|en el) (mar|rio|lago|embalse|pantano|canal)', '(a la|la|en la) (presa|represa|laguna)', '(al|el) agua'],
    /** Not coming back or down: "no pienso volver", "no voy a bajar". */
    noreturn: ['(no pienso|no voy a|no me voy a|no quiero|no pretendo) (bajar|bajarme|volver|regresar|salir)', 'no vuelvo', 'sin volver', 'para no volver', 'no regreso'],
    /** Papers and keys of one's affairs. */
    affairs: [
      'los papeles', 'los documentos', 'el seguro', 'el testamento', 'las claves', 'las contrasenas', 'las cuentas', 'la clave', 'la contrasena', 'el pin',
      'las escrituras', 'la poliza', 'mis ahorros', 'la plata', 'el dinero',
    ],
    /** Laughter right after a phrase: a joke ("me quiero morir jajaja"). */
    laugh: ['jaja*', 'jajs*', 'jsjs*', 'jeje*', 'ajaj*', 'haha*', 'xd', 'lol', 'lmao', 'k', 'kk', 'jiji*'],

    // --- round 5: meanings written over classes ---
    /** Being left alone, the moment waited for: "a que se duerman", "cuando se vayan", "cuando me quede sola". */
    alone: [
      'se duerman', 'se duerma', 'se vayan', 'se vaya', 'salgan', 'se acuesten', 'se acueste', 'me quede sola', 'me quede solo', 'me dejen sola',
      'me dejen solo', 'no haya nadie', 'esten dormidos', 'este dormida', 'este dormido', 'se queden dormidos', 'se quede dormida', 'se quede dormido',
    ],
    /** A letter written, done: "ya escribí la carta", "dejé las notas". */
    letter: ['(escribi|ya escribi|deje|ya deje|tengo escrita|ya tengo escrita|termine|ya termine|deje escrita|ya esta escrita) (la|mi|una|las|mis|unas) (carta|cartas|nota|notas)'],
    /** An attempt before: "ya lo intenté en marzo", "me sacaron a tiempo", "la otra vez me encontraron". */
    tried: [
      '(ya lo intente|lo intente|ya lo habia intentado|ya lo hice|ya lo intente una vez) (una vez|en|el|hace|antes|dos veces|la otra vez|el ano pasado|de chica|de chico)',
      '(me sacaron|me salvaron|me encontraron|me reanimaron|me descolgaron|me bajaron|me encontro|me saco|me salvo|me reanimo|me descolgo|me bajo|me hallo) (a tiempo|de milagro|justo a tiempo|por poco)',
      '(la otra vez|la primera vez|la ultima vez|aquella vez|el ano pasado|la vez pasada) {fill4} (me encontro|me encontraron|me salvo|me salvaron|me saco|me sacaron|me llevaron al hospital|me hicieron un lavado|termine en (urgencias|el hospital|la guardia)|me internaron|no funciono|falle|fallo)',
      'la (primera|ultima|otra) vez (que lo intente|me salvaron|me encontraron|me sacaron|fallo|falle|no funciono|no me funciono)',
    ],
    /** Nobody told, nobody to call: "no le aviso a nadie", "no llames a nadie", "nadie sabe que voy", "esta vez no fallo". */
    untold: [
      'no (le|les) (aviso|voy a avisar|digo|voy a decir|cuento|voy a contar) (a nadie|nada a nadie)', 'nadie (sabe|lo sabe|se va a enterar) (que voy|donde estoy|donde voy|a donde voy|$)',
      'no (llames|llamen|avises|avisen|le digas|le digan|le cuentes|le cuenten) (a nadie|a emergencias|a la ambulancia|a urgencias)',
      '(no hace falta|no sirve de nada|ya es tarde para|ya no tiene caso|no tiene caso|no vale la pena) (llamar|avisar|que llames|que llamen) [a nadie]',
      'nadie me va a (encontrar|salvar|sacar|detener|parar) [a tiempo]',
      'esta vez (no voy a fallar|no fallo|no me van a (salvar|encontrar|sacar|detener)|nadie me va a (salvar|encontrar|detener)|lo hago bien|va en serio)',
    ],
    /** What I own, left to someone: "mis ahorros", "mis cosas", "mi cuenta". */
    belongings: [
      '(mis|mi) (ahorros|ahorritos|cosas|pertenencias|bienes|joyas|libros|ropa|discos|plata|dinero|guita|lana|herencia|compu|consola|moto|bici|depa|departamento|cuenta|cuentas|coleccion)',
    ],
    /** Not needed any more: "ya no la voy a usar", "ya no me va a hacer falta". */
    notneed: [
      '[yo] [ya] no (la|lo|los|las|me|te) (voy a|van a|vas a|va a) (necesitar|hacer falta|usar|ocupar)',
      '[yo] ya no (la|lo|los|las|me) (necesito|uso|ocupo|hace falta|hacen falta) $',
    ],
    /** Giving things away, every tense and person: "te dejo", "le regalé", "les pasé". */
    give: [
      '(te|le|les|os) (dejo|deje|regalo|regale|doy|di|paso|pase|heredo|mande|mando|envie|envio|entregue|entrego|devolvi|devuelvo|vendi|done|reparti)', 'regale', 'regalo mis', 'reparti', 'done', 'vendi', 'deje (mi|mis)',
      '(quedate|quedense) con (mi|mis)',
    ],
    /** Vehicles one may wish would crash with oneself inside. */
    craft: ['avion', 'vuelo', 'avioneta', 'helicoptero', 'barco', 'ferry', 'lancha', 'autobus', 'micro', 'elevador', 'ascensor', 'teleferico'],
    /** A crash or fall wished: "se caiga", "se estrelle". */
    crashwish: [
      'se caiga', 'se cayera', 'se estrelle', 'se estrellara', 'se hunda', 'se hundiera', 'choque', 'chocara', 'se desplome', 'se desplomara',
      'explote', 'explotara', 'se vuelque', 'se volcara', 'se venga abajo', 'se viniera abajo',
    ],

    // --- round 6: meanings written over classes ---
    /** Nothing left owed or hanging: "así no queda nada colgando", "no quiero quedar debiendo nada". */
    squared: [
      '(asi|para que|para) (no|nada) (queda|quede|quedan|queden|dejar|dejo|deje|dejarle|dejarles) {fill1} (colgando|sin resolver|sin arreglar|debiendo|a medias|sin cerrar)',
      '(no|sin) (quiero|quisiera|querer) (quedar|dejar|irme) (debiendo|con deudas|nada pendiente|cosas pendientes|nada colgando) [nada|a nadie]',
      'no (le|les) (debo|quedo debiendo) nada a nadie', 'ya no (le|les) debo nada a nadie', '(no|nada) (quede|queda) (debiendo|colgando)',
      '(nadie|ninguno) (tenga|tiene|va a tener) que (resolver|arreglar|pagar|hacerse cargo de) nada',
      // round 7: "así no tiene líos luego", "no quiero dejarle deudas a nadie"
      '(asi|para que|para) {fill1} (no tenga|no tengan|no tiene|no tienen|nadie tenga|nadie tiene|no haya) (lios|lio|problemas|broncas|follones|papeleo|tramites) (luego|despues|mas adelante|el dia de manana|$)',
      'no (quiero|quisiera|voy a) (dejar|dejarle|dejarles) {fill1} (deudas|deuda|pendientes|nada pendiente|cuentas pendientes|problemas|lios) {fill4} (a nadie|a ninguno|para nadie|a mi {family}|a mis {family}|despues|$)',
    ],
    /** Belongings disposed of, after me: "que mi hermana se quede con mis cuadernos", "lo demás que lo tiren". */
    bequest: [
      '(se quede|se queden|se queda|se quedan|quedense|quedate|que se quede|que se queden) con (mi|mis|lo mio|todo|lo que)',
      '(lo demas|el resto|lo otro|todo lo demas|mis cosas|mi ropa) (que|q) (lo|los|la|las) (tiren|regalen|donen|repartan|vendan|quemen|tires|regales|dones)',
      '{belongings} (son|sean|van a ser|quedan|se quedan) (para|pa) (mi|mis|ustedes|ti|el|ella)',
      '(repartan|regalen|donen|vendan|tiren) (mis|todas mis|toda mi|mi) (cosas|ropa|libros|cuadernos|pertenencias)',
    ],
    /** What makes a gift a goodbye: the password too, all of it in order, a prized thing, a surprised receiver. */
    giveextra: [
      '(la|las|mi|mis|el) (contrasena|contrasenas|clave|claves|password|usuario|pin)', '(todos|todas) (los|las|mis)', '(ordenadito*|ordenad*|organizad*|en orden)',
      '(autografiad*|firmad*|favorit*|de coleccion|que mas (queria|quiero|amaba)|que era de mi (abuelo|abuela|papa|mama))', '(no (lo|la|se lo|se la) (podia|podian|puede) creer|no se lo creia|se quedo (helado|helada|flipando)|me pregunto (por que|porque)|le parecio raro)',
    ],
    /** Won't be needed, said at the end with no reason after: "yo ya no la voy a usar". */
    notneedend: [
      '[yo|a mi] [ya] no (la|lo|los|las|me|te|le) (voy a|van a|va a|vas a) (necesitar|hacer falta|usar|ocupar|servir) [mas|nunca mas|para nada] $',
      '(a mi|yo) ya no (me )?(hace|hacen|va a hacer|van a hacer) falta',
    ],
    /** A medicine taken with no name, or all of it: "ya me lo tomé", "me las tomé todas". */
    tookit: [
      '[ya] (me lo|me las|me los) (tome|trague|meti|bebi)', '[ya] (me tome|me trague|tome|trague) (todas|todos|todito|toditas)',
      '[ya] (lo|las|los) (tome|trague)', '{swallow} {fill2} ({wholepack}|{many} {fill2} {pills})',
    ],
    /** What it does to the body, soon after: numbness, seeing strange, dizzy, dry mouth, sleepy. */
    effects: [
      'se me duerme*', 'se me esta durmiendo', 'se me entume*', 'no siento (la|las|los|el|mis|mi)', 'veo (todo|todo muy) (raro|borroso|doble|negro|nublado|dando vueltas)',
      'veo (raro|borroso|doble)', '(todo|la habitacion|el cuarto|el techo) (me da|da|esta dando) vueltas', '(mareada|mareado|mareo|me mareo|atontada|atontado|grogui)',
      'boca seca', 'se me cierran los ojos', 'me pesa (todo|el cuerpo|la cabeza)', 'me cuesta respirar', 'el corazon (a mil|muy rapido|raro)', 'no puedo (mover|sentir|mantener)',
      'me arde (el estomago|la garganta|todo)',
    ],
    /** Drops people scout or climb over (not a terrace or a balcony, where people sit and sunbathe). */
    drop: [
      'puente', 'viaducto', 'azotea', 'acantilado', 'precipicio', 'mirador', 'edificio', 'rascacielos', 'barranco', 'risco', 'cornisa', 'paso elevado',
      'puente peatonal', 'torre', 'ultimo piso', 'presa', 'represa', 'vias', 'via del tren', 'vias del tren', 'cerro', 'quebrada', 'muelle', 'malecon',
    ],
    /** Having gone over the barrier at a height: "ya me pasé la baranda", "estoy del otro lado del barandal". */
    overrail: [
      '(me pase|pase|cruce|me cruce|salte|me subi a|trepe|me trepe a|me sente en|estoy sentada en|estoy sentado en|estoy parada en|estoy parado en) (la|el) (baranda|barandal|barandilla|pretil|guardarrail|quitamiedos|parapeto)',
      '(del otro lado|del lado de afuera|afuera|por fuera) (de la|del) (baranda|barandal|barandilla|pretil|valla|reja|proteccion|guardarrail|parapeto)',
    ],
    /** Shoes off, side by side at a height. */
    shoes: ['(los|mis) (zapatos|zapatillas|tenis|tacones|botas|chanclas|sandalias) (al lado|a un lado|en el suelo|juntos|juntitos|ordenados|me los quite)', 'descalza', 'descalzo', '(me quite|me saque) (los|mis) (zapatos|zapatillas|tenis)'],
    /** Nobody around there, at that hour: "el sábado en la noche no pasa nadie". */
    nobodythere: ['no pasa nadie', 'nadie pasa', 'no hay nadie', 'no va a haber nadie', 'nadie me ve', 'nadie me va a ver', 'no hay camaras', 'esta vacio', 'esta vacia', 'esta desierto', 'esta desierta'],
    /** Scouting a place: went to look at it, checked it, more than once. */
    scouted: [
      '(fui a ver|fui a mirar|fui hasta|fui al|fui a la|volvi al|volvi a la|estuve en|pase por|revise|anduve por|subi al|subi a la|me acerque al|me acerque a la) {fill6} ({drop}|{water})',
      '({drop}|{water}) {fill6} (dos veces|tres veces|varias veces|otra vez|todos los dias|cada noche|esta semana) (a ver|a mirar|a revisar)',
    ],
    /** Money meant for a future thing, spent now: "aparté la plata del alquiler". */
    futuremoney: [
      '(plata|dinero|ahorros|guita|lana|sueldo|aguinaldo|pasta) (del|de la|de mi|para el|para la|que tenia para|que guardaba para|que estaba juntando para) (alquiler|renta|viaje|graduacion|vacaciones|universidad|uni|matricula|coche|carro|boda|depa|fiesta|cumple|egresados|intercambio|mes que viene)',
    ],
    /** A thing said or bought, left vague: "lo que me falta", "lo que necesito". */
    vagueneed: ['lo que me (falta|faltaba|hace falta)', 'lo que (falta|faltaba)', '[todo] lo que (necesito|necesitaba|me hace falta)', 'lo ultimo que (me falta|necesito|faltaba)', 'lo necesario'],
    /** A medical result good, met with disappointment. */
    goodresult: ['benigno', 'benigna', 'negativo', 'negativa', 'normal', 'todo normal', 'todo bien', 'sano', 'sana', 'salio bien', 'salieron bien', 'dio bien', 'dieron bien', 'limpio', 'limpia', 'nada malo', 'nada grave'],
    medtest: ['biopsia', 'analisis', 'estudios', 'resultados', 'examenes', 'chequeo', 'prueba', 'pruebas', 'tomografia', 'resonancia', 'electro', 'electrocardiograma', 'mamografia', 'ecografia', 'radiografia', 'revision'],
    letdown: ['no de alivio', 'no era alivio', 'decepcion*', 'me decepciono', 'me desilusiono', 'desilusion*', 'que pena', 'lastima', 'ojala hubiera sido', 'queria que fuera', 'esperaba que fuera', 'casi lloro pero no', 'me dio bajon', 'me bajoneo'],
    /** A denial said first: "no voy a hacer nada eh", "tranqui, no es nada". */
    denial: ['no voy a hacer nada', 'no voy a hacer ninguna (locura|tonteria|estupidez|boludez|pendejada)', 'no lo digo para que te preocupes', 'no me voy a tirar', 'no es que vaya a hacer nada', 'no pienso hacer nada'],

    // --- round 7: meanings written over classes ---
    /** For after I am gone: "para cuando yo ya no esté", "cuando yo falte", "el día que me muera". */
    after: [
      '(para cuando|cuando|el dia que|el dia en que|para el dia que) [yo] [ya] no (este|estemos|estuviera|exista|existiera) ($|mas|aqui|aca|en este mundo|viva|vivo|para verlo|para cuidarlos|para cuidarlas|para cuidarte)',
      '(para cuando|cuando|el dia que|para el dia que) yo (falte|me muera|me vaya para siempre|me haya ido)', 'para despues de mi (muerte|partida)',
      'cuando me (muera|haya muerto|haya ido para siempre|vaya para siempre)', 'el dia que (me muera|falte yo)',
    ],
    /** Instructions or things left for others: "dejé pegado en el refri", "les anoté", "le expliqué todo". */
    leftnote: [
      '(deje|dejo|ya deje|he dejado) (pegado|pegada|pegados|pegadas|anotado|anotada|anotados|apuntado|apuntada|escrito|escrita|escritos|preparado|preparada|organizado|organizada|explicado|dicho)',
      '(escribi|anote|apunte|pegue|prepare|organice|hice una lista|hice un listado|les explique|le explique|les ensene|le ensene|les deje|le deje|te deje|les dejo|le dejo|te dejo)',
      '(deje|dejo|ya deje|puse|guarde) {fill4} (lista|listado|nota|notas|hoja|papel|instrucciones|sobre|carpeta|cuaderno|contrasenas|claves|papeles|seguros|documentos)',
    ],
    /** Leaving every group and account: "me salí de todos los grupos", "borré todas mis redes". */
    exitall: ['(me sali|sali|me fui|me borre|borre|elimine|cerre|desactive|abandone|deje) [de] (todos|todas) (los|las|mis) (grupos|chats|redes|cuentas|perfiles|redes sociales)'],
    /** A family occasion something is put off until: "la comunión de mi sobrina", "la boda", "navidad". */
    event: [
      'comunion', 'primera comunion', 'boda', 'bautizo', 'cumple', 'cumpleanos', 'santo', 'navidad', 'nochebuena', 'ano nuevo', 'fiestas', 'graduacion', 'quince',
      'quinceanera', 'aniversario', 'vacaciones', 'examenes', 'parto', 'fiesta', 'dia de la madre', 'dia del padre', 'dia de las madres', 'reyes', 'semana santa', 'mundial', 'final', 'viaje',
    ],
    /** Done with, vaguely, after a time: "el domingo siguiente ya está", "después lo hago". */
    vaguedone: [
      '(el|la) {fill1} (siguiente|despues|de despues|que sigue) {fill1} ya (esta|estuvo) $', '(despues|luego|pasado eso|a partir de ahi) [ya] (esta|estuvo) $',
      '(despues|luego|al otro dia|a la semana|al dia siguiente|pasado eso) (lo hago|ya lo hago|lo hare|ya no estoy|ya no voy a estar|se acaba todo|se termina todo|me voy para siempre)',
      'ya esta hecho $',
    ],
    /** Household chemicals people drink: "lo de debajo del fregadero", "lejía", "desatascador". */
    chemical: [
      'cloro', 'lejia', 'lavandina', 'clorox', 'chlorox', 'veneno', 'raticida', 'matarratas', 'insecticida', 'anticongelante', 'desatascador', 'destapacanos', 'destapacanerias',
      'sosa', 'sosa caustica', 'soda caustica', 'amoniaco', 'salfuman', 'agua fuerte', 'acido muriatico', 'aguarras', 'thinner', 'solvente', 'quitagrasas', 'desengrasante', 'limpiahornos',
      'liquido de frenos', 'gasolina', 'limpiador', 'quitasarro', 'antisarro', 'desinfectante', 'pinol', 'mistolin', 'producto de limpieza', 'productos de limpieza', 'liquido de limpieza', 'lo de limpiar',
      '(lo|todo lo) que (habia|hay|tenia|tengo|guardo|guardaba) (debajo del|bajo el|debajo de la|bajo la|en el) (fregadero|tarja|lavabo|lavadero|armario de la limpieza|mueble del bano)',
      '(la|una|el|un) (botella|bote|garrafa|frasco) (de|del) (debajo del fregadero|bajo el fregadero|armario de la limpieza|la limpieza)',
    ],
    /** A garage shut: "con la cortina abajo", "la puerta de la cochera cerrada". */
    garageshut: [
      '(garaje|cochera|garage) {fill6} (cortina|puerta|porton|persiana|cortina metalica) {fill1} (abajo|cerrada|cerrado|bajada|bajado)',
      '(cortina|puerta|porton|persiana) (abajo|cerrada|cerrado|bajada|bajado) {fill4} (garaje|cochera|garage)',
      '(cerre|baje) (la|el) (cortina|puerta|porton|persiana) (del|de la) (garaje|cochera|garage)',
    ],
    /** The engine started: "ya lo prendí", "motor encendido". */
    ignition: [
      '(lo prendi|lo encendi|lo arranque|lo puse en marcha|ya lo prendi|ya lo encendi)', '(prendi|encendi|arranque|puse en marcha) (el|mi) (motor|carro|coche|auto|camioneta)',
      '(motor|carro|coche|auto) (prendido|encendido|en marcha|andando)',
    ],
    /** A trial run: "hice una prueba a ver si me animaba", "un ensayo". */
    rehearse: [
      '(hice|hago|he hecho|estuve haciendo) (una|un|unas|unos) (prueba|pruebas|ensayo|ensayos|practica|simulacro)',
      '(a ver si|para ver si|para saber si) (me animaba|me animo|me atrevia|me atrevo|era capaz|soy capaz|aguantaba|aguanto|podia hacerlo|puedo hacerlo)',
    ],
    /** Danger at hand that one did not flee: gas, smoke, an earthquake. */
    danger: [
      'gas', 'olor a gas', 'olia a gas', 'humo', 'incendio', 'fuego', 'alarma de incendio', 'temblor', 'temblo', 'temblaba', 'sismo', 'terremoto', 'turbulencia', 'turbulencias', 'inundacion', 'tiroteo', 'balacera',
      'choque', 'el avion se movia', 'casi me atropellan', 'casi me atropella', 'casi me choca',
    ],
    /** Where someone dead lies or is mourned. */
    deathplace: ['velorio', 'funeral', 'entierro', 'cajon', 'ataud', 'tumba', 'cementerio', 'panteon', 'difunto', 'difunta', 'se murio', 'fallecio', 'murio', 'misa de cuerpo presente'],
    /** The sacred, prayed to: "Dios", "la virgencita", "San Judas". */
    sacred: [
      'dios', 'diosito', 'la virgen', 'la virgencita', 'virgencita', 'la virgen de guadalupe', 'la guadalupana', 'el cielo', 'el universo', 'la vida', 'los santos',
      'san judas', 'san judas tadeo', 'el senor', 'jesus', 'jesusito', 'mi angel', 'el de arriba', 'la muerte', 'la santa muerte', 'mi abuela que esta en el cielo',
    ],
    /** Coded marks of self-harm: "rayitas", "líneas", "código de barras". */
    marks: ['rayitas', 'rayas', 'lineas', 'lineitas', 'marquitas', 'cortecitos', 'cortitos', 'tajitos', 'rasgunos', 'codigo de barras', 'cortes'],
    /** A box or kit of blades reopened: "la cajita de los sacapuntas". */
    bladebox: [
      '(la|mi|el|una) (cajita|caja|estuche|latita|lata|bolsita|cajoncito|kit) (de|del|de los|de las|con|con los|con las) ({sharp}|sacapuntas|cuchillas|navajas|hojitas|hojas|gillettes|gilletes|cutters)',
      '(la|mi) (caja de zapatos|cajita|caja|lata) (de antes|de siempre|del placard|del closet|escondida)',
    ],
    /** A clean streak thrown away: "46 días a la basura", "contador a cero". */
    streaklost: [
      '{number} (dias|semanas|meses) (a la basura|tirados|tirados a la basura|al carajo|a la mierda|a la verga|por la borda|perdidos|borrados|a cero|en cero|de nada|echados a perder|tirados por la borda)',
      '(perdi|tire|eche|se fueron) (mis )?{number} (dias|semanas|meses) [limpia|limpio|sin hacerlo]',
    ],
    /** Hot things pressed to the skin: "la plancha del pelo", "el encendedor". */
    hot: ['plancha', 'planchita', 'plancha del pelo', 'plancha de pelo', 'rizador', 'secador', 'encendedor', 'mechero', 'cigarro', 'cigarrillo', 'cuchara caliente', 'cuchillo caliente', 'vela', 'cerillo', 'fosforo', 'olla', 'sarten'],
    /** Waiting for dark, for the house to empty: "solo espero a que oscurezca". */
    waitdark: [
      '(esperando|espero|solo espero|nomas espero|solo falta|ya solo falta|aguardando) [a] (que oscurezca|oscurecer|que anochezca|anochecer|que se haga de noche|que sea de noche|la noche|que se duerman|que se vayan|que no haya nadie|que se vaya el sol|que se ponga el sol|la hora)',
    ],
    /** A cover story told when getting the means: "le dije que era para dormir". */
    cover: [
      '(le|les) (dije|conte|explique|menti diciendo|invente) (que )?(es|era|eran|seria|son) (para|pa|por) {fill3}',
      '(cree|creen|piensa|piensan|se cree|se creen|se piensa|se piensan) (que )?(es|era|sera) (un|una|para|por|mi) {fill3}',
    ],
  },

  families: [
    {
      // Intent stated outright: "me quiero matar", "quiero matarme", "voy a suicidarme",
      // "estoy pensando en quitarme la vida", "tengo pensamientos suicidas", "me siento suicida".
      id: 'es.intent',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        '{intend} {fill1} {killinf}',
        'me {meintend} [ya|literal|literalmente|de verdad|en serio|enserio|re] {killbare}',
        'me (estoy|estaba) (pensando|planeando) [en] {killbare}',
        '{killnow}',
        // "me mato" alone is also "he killed me" ("me mató de risa"): only with timing or swearing.
        '(hoy|esta noche|manana|ya|juro que|te juro|lo juro|al final|un dia de estos|cualquier dia|por eso|mejor|posta|posta que|de verdad que|en serio que|neta que|te lo juro que|yo) me mato',
        'me mato (hoy|esta noche|manana|ya|de verdad|en serio|enserio|lo juro|te lo juro) $',
        '^ me mato $',
        // Suicide named: "pensamientos suicidas", "me siento suicida", "pienso en el suicidio".
        '(pensamientos|ideas|ideacion|impulsos|tendencias|conductas|pensamiento|idea) suicida*',
        '(pensamientos|pensamiento|ideas|idea) de (suicidio|suicidarme|matarme|quitarme la vida)',
        '[el] suicidio (en|no sale de|no se va de|ronda|rondando) (mi|la) (cabeza|mente)',
        // Timing and a decision taken: "esta noche lo hago, ya lo decidí".
        '{soon} lo (hago|voy a hacer|hare) {fill3} {settled}', '{settled} {fill3} {soon} lo (hago|voy a hacer|hare)',
        '(ya lo decidi|esta decidido|ya esta decidido|ya decidi|lo tengo decidido|no hay vuelta atras) {fill3} {soon} lo (hago|voy a hacer|hare)',
        '(soy|estoy|me siento|sentirme|ando|me pongo|me estoy poniendo|volvi a estar|me vuelvo|me volvi|me siento medio) [muy|bien|re|super|tan|algo|un poco|medio|bastante|otra vez] suicida',
        '(intento|intentos|tentativa) de suicidio', '(intente|intento|intentare) (el|un) suicidio',
        '{think} {fill2} (el|en el|al|del) suicidio',
        '[el|mi] suicidio (es|seria|parece|me parece|suena|sigue siendo) {fill3} (salida|opcion|solucion|respuesta|escape|camino)',
        '(cometer|consumar) [el] suicidio',
        '(estoy|ando|sigo) (decidida|decidido) a (morir|morirme|hacerlo|acabar con todo)',
        '(listo|lista|preparado|preparada) para (morir|morirme|matarme)',
        'como (matarme|suicidarme|quitarme la vida|morir rapido|morir sin dolor)',
      ],
    },
    {
      // A mention of suicide with no stated intent: "el suicidio", "se suicidó", "suicida".
      id: 'es.suicide-mention',
      tier: 'cue',
      patterns: ['suicid*', 'suisid*', 'sucid*', 'autoeliminar*', 'autoeliminacion'],
    },
    {
      // Words coined to get past filters: "me voy a desvivir" ("unalive"). Wishing it
      // ("quisiera desvivirme") is a passive wish below.
      id: 'es.euphemism',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        '(quiero|voy a|ire a|decidi|he decidido|estoy decidida a|estoy decidido a|pienso|estoy pensando en|pensando en|planeo|hoy voy a|esta noche voy a) {fill1} desvivirme',
        'me (quiero|voy a|ire a) [ya] desvivir',
        // "voy a hacer una pendejada esta noche, ya tengo todo"
        '(voy a|pienso|quiero|estoy por|me dan ganas de|tengo ganas de|estoy a punto de|hoy voy a) hacer (una|alguna) (locura|tonteria|estupidez|pendejada|boludez|burrada|cagada) {fill4} ({soon}|ya tengo todo|tengo todo listo|ya lo decidi|ya esta decidido)', 'me desvivo (hoy|esta noche|manana|ya) $', '(hoy|esta noche|manana|ya) me desvivo',
      ],
    },
    {
      // Wishing to be dead or gone, not waking up: "ojalá no despertara", "ya no quiero vivir",
      // "tengo ganas de morirme", "me gustaría desaparecer para siempre".
      id: 'es.passive-wish',
      tier: 'cue',
      patterns: [
        '{longing} {fill2} {death}',
        'ojala {fill2} (me muera|me muriera|me muero|no despierte|no despertara|no despertar|no existiera|no hubiera nacido|nunca hubiera nacido|desaparezca|desapareciera|me pase algo|me de algo|me diera algo|se acabe todo|todo se acabe|me lleve|me llevara)',
        '(si|ojala) me (atropellara|atropella|atropelle|matara|chocara|cayera encima) {fill8} (favor|mejor|alivio|paz|no me importaria|me daria igual)',
        'ojala {fill3} (me atropell*|me choque|me chocara|me mate|me matara|se caiga el avion|se estrelle el avion|se cayera el avion|me caiga un rayo|me parta un rayo|me de un infarto|me diera un infarto)',
        'no (hay|tengo|me queda) [ya] nada (por lo que|por que|por el que|para lo que|para que|para el que) (vivir|valga la pena vivir|seguir)', 'nada por lo que vivir',
        '[ya] no (quiero|tengo ganas de|deseo|quisiera) {fill1} (vivir|seguir viviendo|seguir con vida|estar viva|estar vivo|existir|despertar|despertarme|seguir aqui|estar aqui|seguir en este mundo)',
        'no quiero (seguir|estar) [aqui|aca|en este mundo|mas|asi] $',
        'me (quiero|quisiera|gustaria|dan ganas de|queria) ir (de este mundo|para siempre|de aqui para siempre|con mi {family} al cielo)',
        'mejor me muero $',
        // one's own funeral imagined: "a veces me imagino mi funeral y quién iría"
        '(imagino|me imagino|imaginando|pienso en|pensando en|fantaseo con|sueno con) (mi|como seria mi|como sera mi) (funeral|entierro|velorio|muerte)',
        '({hopefor}|{longing}) {fill1} (agarrar|agarrarme|contraer|pescar|tener|que me de|que me diera) {illness}',
        '{longing} {fill2} (desaparecer|desaparecerme|borrarme|esfumarme) del mapa (para siempre|de una vez|$)',
        '{longing} {fill1} ser (atropellada|atropellado|asesinada|asesinado) ($|y ya|y listo|de una vez|y acabar)',
        '(que|q) sentido (tiene|tendria) (seguir|vivir|seguir vivo|seguir viva|seguir viviendo|estar vivo|estar viva|existir|despertar|levantarme|seguir aqui)',
        '(para que|pa que) (sigo|seguir) (aqui|aca) (si|$)', '(para que|pa que) (sigo|seguir) (vivo|viva|en este mundo|existiendo|respirando|viviendo)',
        '(ni|ni siquiera) (de|para) (vivir|existir|seguir viviendo|seguir vivo|seguir viva|respirar) $',
        '(que se acabe|que se termine|que acabe|que termine) todo [ya|de una vez|de una buena vez] $',
        '{hopefor} {fill2} {nowake}',
        // an illness or accident wished on oneself: "a veces rezo para que me dé un cáncer"
        '{hopefor} {fill2} me (de|diera|agarre|agarrara|toque|tocara|pegue|pegara|llegue|llegara|venga|viniera|pase|pasara) {fill1} {illness}',
        '{hopefor} {fill2} (tener|sufrir|agarrarme|que me de) {illness}',
        '(si|ojala|que) me (atropella|atropellara|atropelle|arrolla|arrollara|pisa|pisara|mata|matara|cae encima|cayera encima|cae un rayo|cayera un rayo) {fill8} {wouldntcare}',
        '{hopefor} {fill3} me (atropell*|arroll*|pisara|pise|pasara por encima|pase por encima|llevara por delante|lleve por delante|cayera encima|caiga encima|matara|mate) [y ya|de una vez|y listo|y se acabo|$]',
        '({hopefor}|estaria bien|no estaria mal|seria lindo|seria bueno|me daria igual|no me importaria) {fill4} (se cayera|se caiga|se estrellara|se estrelle|se hundiera|se hunda|chocara|choque|explotara|explote|se incendiara|se derrumbara|se derrumbe) (conmigo|con migo) (adentro|dentro|a bordo|arriba|encima)',
        '(dormir|dormirme|acostarme|irme a dormir|me iria a dormir|cerrar los ojos) {fill3} para siempre $', '(voy a|me voy a) {fill2} (dormir|dormirme|irme|desaparecer) para siempre',
        '(no puedo|ya no puedo) (con mi vida|con la vida|con esta vida|mas con mi vida)',
        'no tengo (ganas|razones|motivos|nada|porque|por que|para que) (de|para|por) (vivir|seguir|seguir viviendo|existir)',
        'sin (ganas|razones|motivos) (de|para) (vivir|seguir)',
        '(me canse|me harte|estoy cansada|estoy cansado|estoy harta|estoy harto) de todo [y] [de] (vivir|la vida|existir|estar viva|estar vivo)',
        '(cansada|cansado|harta|harto|agotada|agotado|me canse|me harte) de (vivir|la vida|existir|estar viva|estar vivo|seguir viviendo|despertar|respirar|mi vida)',
        'no [le] (encuentro|veo|tiene|tengo|hay|hallo) {fill1} (caso|chiste) (a|en) (la vida|vivir|seguir|seguir viviendo|existir|mi vida|nada|despertar)',
        '(pensamientos|pensamiento|ideas|idea) de (muerte|morir|morirme)',
        'no [le] (encuentro|veo|tiene|tengo|hay|le hallo) {fill1} sentido [a|en|de] (la vida|vivir|seguir|seguir viviendo|existir|mi vida|estar aqui|nada|despertar)',
        '(la|mi) vida [ya] no (tiene|vale|me vale) (sentido|nada|la pena)',
        'no vale la pena (vivir|seguir|seguir viviendo|estar viva|estar vivo|existir)',
        'para que (seguir|vivir|sigo|vivo|existo|seguir viviendo|despertar|seguir aqui|me levanto) $',
        'no (merezco|meresco|mereceria) (vivir|existir|estar viva|estar vivo|estar aqui|seguir viva|seguir vivo|haber nacido)',
        'no deberia (existir|haber nacido|estar viva|estar vivo|seguir viva|seguir vivo)',
        'merezco (morir|morirme|estar muerta|estar muerto)',
        '(seria|seria todo|todo seria|es|estaria) [mucho] (mejor|mas facil|mas sencillo|un alivio|mas tranquilo) {fill3} (no existir|no estar aqui|no estar viva|no estar vivo|no estar en este mundo|no existiera|no estuviera|muriera|me muero|morirme|morir|desapareciera|desaparecer|no despertar|no despertara|si yo no|no haber nacido)',
        '(estaria|estaria yo|estoy) mejor (muerta|muerto)', 'mejor (muerta|muerto) que', 'mejor estar (muerta|muerto)',
        'me da (igual|lo mismo) (morir|morirme|vivir o morir|si me muero|si vivo o muero|lo que me pase|que me pase algo|si no despierto|despertar o no)',
        'vivir o (morir me da|morir da) (igual|lo mismo)',
        '(no me importa|me vale) (si me muero|morir|morirme|vivir|si vivo o muero|lo que me pase)',
        '(dormirme|dormir|acostarme|quedarme dormida|quedarme dormido) y no (despertar|despertarme|volver a despertar)',
        'no despertar (nunca|mas|nunca mas|jamas|manana)',
        '(pienso|pensando|pense|sueno|fantaseo) {fill2} (en|con) (morir|morirme|la muerte|estar muerta|estar muerto|no existir|desaparecer|no despertar)',
        '((la muerte|morir|morirme|estar muerta|estar muerto|no existir) (suena|seria|se ve|parece)|(la muerte|estar muerta|estar muerto|no existir) me parece) {fill2} (alivio|descanso|tranquilo|bonito|buena idea|mejor|paz|liberacion|salida|tentador|tentadora)',
        '(esperando|espero) (la muerte|morir|morirme|que me llegue la muerte|que todo se acabe)',
        'ya no (me veo|quiero estar) (viva|vivo|aqui) [en|dentro de|para] {fill2} $',
        'no (me veo|veo) (viva|vivo) {fill2} (mucho tiempo|el ano que viene|en navidad|para)',
        'no voy a (durar|aguantar) mucho (mas|tiempo)',
        'quiero (dejar de existir|desaparecer del mundo|desaparecer de este mundo|irme de este mundo|dejar este mundo)',
        'desaparecer (del mundo|de este mundo|para siempre|de la faz de la tierra)',
      ],
    },
    {
      // Being a burden: "todos estarían mejor sin mí", "soy una carga", "nadie me extrañaría".
      id: 'es.burden',
      tier: 'cue',
      patterns: [
        '{everyone} {fill2} (estarian|estaria|estaran|estara|serian|seria|vivirian|viviria|van a estar|va a estar|estan) [mucho] (mejor|mas felices|mas feliz|mas tranquilos|mas tranquila|mas tranquilo|bien) sin mi',
        '(sobro|estoy de mas|estoy de sobra|soy de mas) (en este mundo|aqui|en esta vida|en la vida de|en todos lados|en todas partes|$)',
        '(mejor|mas felices|mas feliz|mas facil|mas tranquilos) sin mi (aqui|en sus vidas|en su vida|en el mundo)',
        '(seria|sera) (mejor|mas facil|mas sencillo) para (todos|todo el mundo|mi familia|mis {family}|ellos|el|ella) (si|que) {fill2} {died}',
        '(soy|ser|siento que soy|solo soy|nomas soy|no soy mas que|no soy nada mas que) [solo|nomas|una|un] (una carga|un estorbo|un lastre|una molestia|un peso muerto|un peso|un problema para todos|una carga para)',
        'carga para (todos|mi familia|mis {family}|los demas|todo el mundo|ellos|mi {family})',
        '(mi familia|mis papas|mis padres|mis amigos|mis amigas|ellos|el|ella) {fill1} (no )?me (extranaria|echaria de menos|extranarian|echarian de menos|llorarian|lloraria) (si|cuando)',
        '{nobody} (me extranaria|me extranaria|me echaria de menos|me va a extranar|me extranara|me va a echar de menos|notaria|notaria mi ausencia|se daria cuenta|lloraria|iria a mi funeral|me buscaria)',
        '{nobody} {fill2} (extranaria|echaria de menos|notaria|se daria cuenta|importaria|le importaria) {fill3} (si|cuando) {fill1} {died}',
        '(a nadie|nadie) le (importaria|importa|va a importar) (si|que) {fill1} {died}',
        'si {fill1} {died} {fill3} (a nadie le|nadie) (importaria|importa|va a importar|notaria|notaria|extranaria|se daria cuenta|lloraria)',
        '(tranquilos|tranquilas|ya) {fill2} no voy a ser (un problema|una carga|una molestia|un estorbo)',
        'ya no (voy a ser|sere) (un problema|una carga|una molestia|un estorbo) {fill3} (mucho tiempo|mas|nunca mas|por mucho)',
        '(no sirvo|no valgo) (para|de) nada {fill2} (estorbo|carga|mejor sin mi|mejor muerta|mejor muerto)',
        'soy un desperdicio de (espacio|oxigeno|aire|vida)',
        // "mi familia estaría más tranquila sin tener que cargar conmigo"
        '(mejor|mas tranquil*|mas felices|mas feliz|en paz|mas libres|mas libre|mas ligeros|aliviados) {fill2} sin (tener que )?(cargar conmigo|aguantarme|cuidarme|preocuparse por mi|lidiar conmigo|mantenerme|soportarme)',
      ],
    },
    {
      // Hopelessness and being unable to go on: "ya no puedo más con esta vida", "no hay salida".
      id: 'es.hopeless',
      tier: 'cue',
      patterns: [
        '(no puedo|no aguanto|no soporto|no doy|ya no puedo|ya no aguanto|ya no soporto|ya no doy) (mas|seguir) (con esta vida|con mi vida|con la vida|con este dolor|con todo|con esto|con mi existencia|viviendo|asi $)',
        '(no puedo|no aguanto|ya no puedo|ya no aguanto) (seguir|seguir asi|seguir viviendo|vivir asi|vivir con esto|mas con esto)',
        '(no puedo|no aguanto|no doy|ya no puedo|ya no aguanto|ya no doy) mas $',
        '(no puedo|no aguanto|no soporto|ya no puedo|ya no aguanto|ya no soporto) mas (esta vida|mi vida|la vida|este dolor|vivir|vivir asi|estar viva|estar vivo)',
        'no (hay|veo|tengo|le veo|encuentro|le encuentro) [ninguna] (salida|otra salida|esperanza|futuro|escapatoria)',
        'sin salida $', 'no tengo (fuerzas|fuerza) (para|de) (seguir|vivir|nada)', 'ya no tengo (fuerzas|fuerza) $',
        '(nada|nunca) va a (mejorar|cambiar|estar bien) {fill2} $', 'nunca voy a (estar bien|ser feliz|salir de esto)',
        '(me rindo|me di por vencida|me di por vencido|tiro la toalla) (con la vida|de vivir|con todo|$)',
        'todo (es|esta) (oscuro|negro) {fill2} (no veo salida|sin salida)',
        '(estoy|me siento) (desesperanzada|desesperanzado|sin esperanza|sin esperanzas)',
      ],
    },
    {
      // Calm-down statements that speak of the thought ("tranqui, no voy a hacer ninguna locura"):
      // a person reassuring us is not in danger now, but the thought is there: a cue.
      id: 'es.safety-talk',
      tier: 'cue',
      patterns: [
        '(tranqui|tranquila|tranquilo|tranquilos|no te preocupes|no se preocupen|calma|relajate|te lo prometo|lo prometo|te lo juro) {fill2} no voy a hacer (nada $|ninguna locura|ninguna tonteria|ninguna estupidez|nada malo|nada raro|una locura|ninguna pendejada|ninguna boludez)',
        'no voy a hacer (ninguna locura|ninguna tonteria|ninguna estupidez|ninguna pendejada|ninguna boludez|nada contra mi)',
        'miedo (a|de) hacer (una locura|alguna locura|una tonteria|una estupidez)',
        // a denial that still names the act: "ni en pedo me mato, solo estoy triste"
        '(nunca|jamas|ni en pedo|ni loca|ni loco|ni de broma|ni de chiste|ni de cona|ni a palos|no) me (mato|mataria|suicido|suicidaria|tiro|tiraria|corto|cortaria) ($|solo|pero|tranqui|tranquila|tranquilo|ok|eh)',
      ],
    },
    {
      // Goodbye and final messages: "esto es un adiós", "cuando leas esto ya no voy a estar",
      // "díganle a mi mamá que la quiero", "cuiden a mi gato", "les dejé una carta".
      id: 'es.goodbye',
      tier: 'act',
      patterns: [
        '(esto|este|esta) es (un|mi|el|mi ultimo|el ultimo) (adios|despedida)',
        '(este|esta) es mi (ultimo|ultima) (mensaje|carta|adios|despedida|mensajito)', 'mi ultimo mensaje $', 'este es el ultimo mensaje',
        'mi (ultimo|ultima) (mensaje|adios|despedida|carta) (para|a) (ustedes|todos|ti|todas)',
        'adios (a todos|a todas|para siempre|mundo|mundo cruel|a la vida|chicos|chicas|amigos|amigas|familia|a ustedes|vida)',
        '(los|las|te) quiero (mucho|a todos|muchisimo) {fill2} adios', 'hasta siempre $',
        'me despido (de todos|de todas|de ustedes|para siempre|de la vida|de este mundo|del mundo|de ti $)',
        'cuando (leas|lean|veas|vean|encuentres|encuentren|leyeras|lleguen a leer|llegues a leer) (esto|este mensaje|estas lineas|esta carta) {fill4} (ya no|no voy|muerta|muerto|lejos|en paz|me habre ido|habre muerto|estare en un lugar mejor)',
        'ya no (voy a estar|estare|voy a seguir) (aqui|aca|mas|manana|para nadie|con ustedes|en este mundo|$)',
        '(no|nunca) me (van|vas) a (volver a ver|ver mas|ver nunca mas|ver otra vez)', 'nunca mas me (van|vas) a ver',
        '(no|nunca mas) (van|vas) a [volver a] saber [nada] de mi',
        '(diganle|dile|decile|digan|diles|digale|digale|avisenle|decirle|decile) a (mi|mis) {family} que {fill4} (quiero|quise|amo|ame|lo siento|siento|perdon|perdone|perdonen|no fue su culpa|no es su culpa|fue lo mejor|estoy en paz|mejor lugar)',
        // Someone left in care "when I'm gone" (not "cuida a mi gata el finde").
        '(cuiden|cuida|cuidad|cuidame|cuidenme|encarguense|hazte cargo|haganse cargo|cuidan) [mucho|bien] (a|de) (mi|mis) {pet} {fill4} ({gone}|por mi $|de mi parte|para siempre)',
        '(cuiden|cuida|cuidad|cuidame|cuidenme|encarguense|hazte cargo|haganse cargo) [mucho|bien] (a|de) (mi|mis) {pet} [porfa|por favor] $',
        // Thanks or forgiveness beside being gone: "perdóname, no fue tu culpa", "gracias por todo, nunca te olvides de mí".
        '{thanks} ... {gone}', '{gone} ... {thanks}',
        '(deje|dejo|escribi|estoy escribiendo|tengo escrita|deje escrita|les deje|le deje) (una|unas|mi|la|las) (carta|cartas|nota|notas) (a|para) (mis|mi) {family}',
        '(carta|nota|notas|cartas|mensaje|video) (de despedida|suicida|de adios)',
        // Affairs put in order for after: "les dejo la contraseña del cel en el cajón, para después".
        '(les|te|le|os) dejo (la|las|mi|mis) (contrasena|contrasenas|clave|claves|pin|codigo|codigos|password|llaves|cuentas) {fill8} [$] (para despues|para cuando no este|para cuando ya no este|van a necesitar|les va a servir|por si acaso|para que puedan)',
        '(escribi|ya escribi|deje|termine|tengo escrita|les deje|le deje) (la|una|las|mi|mis) (carta|cartas|nota|notas) {fill4} (en la mesa|en el cajon|sobre la cama|en mi cuarto|en el buro|en el escritorio|en la mesita|encima de la mesa|sobre la mesa)',
        '(les|le|te) dejo (todo|todas mis cosas|mis cosas|lo mio|todo lo mio|todo lo que tengo) (a|para) (mis|mi|ustedes|ti|todos)',
        '(perdonenme|perdonadme) (por todo|$)',
        '(regale|estoy regalando|he regalado|regalando|ya regale|reparti|he repartido|ya di|deje) {fill2} (todas mis cosas|mis cosas|toda mi ropa|mis pertenencias|todo lo mio|lo poco que tengo)',
        '(regale|he regalado|ya regale|le regale|les regale) (mi|a mi) (gato|perro|gata|perrita|mascota) {fill6} (ya no|no la|no lo|no los|no las) (voy a necesitar|necesito|necesitare)',
        'ya no (la|lo|los|las|me|voy a) [voy a] (necesitar|necesitare|hace falta|hacen falta) (donde voy|a donde voy|despues de hoy|despues de esta noche|$)',
        '(perdonenme|perdoname|perdonadme|perdon|lo siento) (por todo|a todos|mama|papa) {fill3} (adios|los quiero|las quiero|te quiero|me voy)',
        'gracias por todo {fill4} (adios|hasta siempre|me despido)',
        '(que nadie se culpe|no se culpen|no te culpes|no es culpa de nadie|no fue culpa de nadie|nadie tiene la culpa)',
        'nos vemos en (otra vida|la otra vida|el mas alla|el cielo|la proxima vida)',
        // A letter for each, an apology for what is coming, a better place, goodbyes said and ready.
        '(despedirme|me voy a despedir|me despido|me despedi|despedir) (de|a) {fill3} (y despues|y luego|y ya|y entonces) {fill2} (me voy|me ire|lo hago|irme|me mato) $',
        '(elegi|escogi|ya tengo|prepare|deje|ya elegi|ya escogi|deje listo|deje lista) {fill6} (que me entierren|que me velen|que me cremen|me entierren con|para mi (funeral|entierro|velorio)|en mi (funeral|entierro|velorio))',
        'ya no (voy a estar|estare) (para|en) (tu|su|el|la|mi|nuestro|vuestro) {occasion}',
        '(carta|cartas|nota|notas|mensaje|audio|video) (para|pa|a) cada (uno|una) (de ustedes|de vosotros|de mis|$)',
        '(perdon|perdoname|perdonenme|perdonadme|lo siento|disculpa|disculpen|disculpame) {fill3} por (lo que|esto que) (voy a hacer|estoy por hacer|les voy a hacer|te voy a hacer|voy a hacerles|van a ver|van a encontrar)',
        '(voy a estar|estare|me voy|me ire|ya estoy yendo|me estoy yendo) (a|en) un lugar mejor',
        '(me despedi|ya me despedi|me he despedido|ya me he despedido) (de|a) (todos|todas|todo el mundo|ustedes|mi familia|mis {family}) ... (estoy|toy) (lista|listo|preparada|preparado) $',
        // A time, and nobody has to worry any more: "mañana ya no van a tener que preocuparse por mí".
        '({soon}|desde manana|a partir de manana|despues de hoy|despues de esta noche) {fill2} ya no (van|vas|va|vais) a tener que (preocuparse|preocuparte|preocuparos|cuidarme|aguantarme|lidiar conmigo|cargar conmigo|pagar por mi) [por mi|conmigo]',
        'ya (tome|he tomado) (mi|la) decision {fill4} (paz|adios|culpe|despido)',
        '(esta|es) (mi|la) ultima (noche|vez que) {fill3} (escribo|hablo|vivo|aqui|despierto)',
        '(hoy|esta|este) es mi (ultima|ultimo) (noche|dia) (viva|vivo|en este mundo|en la tierra|$)',
        'cuando me (encuentren|encuentres|hallen) {fill3} (sera tarde|demasiado tarde|ya no|ya sera)',
      ],
    },
    {
      // Self-harm done or under way: "me corté otra vez", "me volví a cortar", "me corté las venas",
      // "me quemé con el mechero", "recaí, llevaba 3 meses limpia", "hasta sangrar".
      id: 'es.self-harm-act',
      tier: 'act',
      softenedBy: ['urge'],
      patterns: [
        '{cutdone} (otra vez|de nuevo|nuevamente|anoche|ayer|hoy|esta manana|esta noche|a proposito|adrede|aposta|queriendo|para sentir|hasta sangrar|mas profundo|muy profundo|$)',
        '{hurtdone} [otra vez|de nuevo] (a proposito|adrede|aposta|queriendo|para sentir|hasta sangrar|otra vez|de nuevo|nuevamente)',
        '({hurtdone}|{cutdone}|me di golpes|me golpee) {fill3} hasta (quedar|quedarme|que quede|que me quede|dejarme|que me salieran) (morada|morado|moretones|marcas|marcada|marcado|sin aire)',
        '({hurtdone}|{cutdone}) {fill4} (a proposito|adrede|aposta|queriendo|para sentir algo|para dejar de sentir|para no sentir|hasta sangrar|hasta que sangro|hasta que sangre|para castigarme|porque me lo merezco|porque lo merezco)',
        '(volvi a hacerlo|lo volvi a hacer|lo hice otra vez|lo hice de nuevo|recai|volvi a caer) {fill8} [$] (sin tocar|sin agarrar|sin usar) (la|las|una|mi|mis|el) ({sharp}|{blade})',
        '({cutdone}|{hurtdone}) (las|los|la|el|en las|en los|en la|en el|mis) {body}',
        '({cutdone}|{hurtdone}) {fill2} (con|usando) (una|un|la|el|mi|unas|unos) {blade}',
        '(volvi|he vuelto|vuelvo|regrese|empece|he empezado|comence|otra vez) a (cortarme|autolesionarme|lastimarme|hacerme dano|quemarme|hacerme cortes|hacerme mal|golpearme)',
        '(me autolesione|me he autolesionado|autolesionandome|me estoy autolesionando|me autolesiono)',
        // ongoing: "llevo una semana quemándome con cigarros"
        '(llevo|hace|desde hace) {fill3} (dias|semanas|meses|ano|anos|semana|mes) {fill2} (cortandome|quemandome|lastimandome|golpeandome|haciendome cortes|haciendome dano|autolesionandome|rasgunandome|que me corto|que me quemo|que me lastimo)',
        '(quemandome|cortandome|me estoy quemando|me estoy cortando) con (el|la|un|una|los|unos|mi|mis) ({blade}|cigarros|cigarrillos|colillas)',
        '(cortes|heridas|quemaduras|marcas|cicatrices) (nuevas|nuevos|frescas|frescos|recientes) (en|por) {fill1} {body}',
        '{cutdone} (desde hace|hace|todos los dias|todas las noches|cada noche|cada dia|seguido|a diario|diario|desde los|desde que|casi diario)',
        'me (volvi|he vuelto|vuelvo) a {woundbare}',
        '{body} (llenos|llenas|lleno|llena) de (cortes|cicatrices|heridas|quemaduras|marcas)',
        '(tengo|agarre|agarro|con) (la|una|mi) (navaja|cuchilla|gillette|hoja de afeitar|cuter|cutter) en la mano',
        '(tengo|traigo) {fill2} (cortes|heridas|quemaduras) (en|por) (los|las|mis|todo el|toda la) {body}',
        'hasta (sangrar|que sangre|que sangro|que sangraron|que salio sangre|hacerme sangre|sacarme sangre)',
        '(recai|tuve una recaida|he recaido|volvi a recaer|recaida) {fill4} (cortarme|cortes|autolesi*|lastimarme|hacerme dano|limpia|limpio|cuchilla|navaja)',
        '(cortarme|autolesionarme|hacerme dano|cortes|autolesiones) {fill4} (recai|recaida|he recaido)',
        '(llevaba|tenia|iba|iba a cumplir|iba por|cumplia) {fill3} (dias|semanas|meses|mes|ano|anos) (limpia|limpio|sin cortarme|sin autolesionarme|sin hacerme dano|sin lastimarme|sin cortes|sin recaer|sin tocar (la|las|una|mi|mis) {sharp})',
        '(dias|semanas|meses|anos) (limpia|limpio|sin cortarme|sin autolesionarme) {fill4} (recai|arruine|perdi|rompi|se acabo|tire a la basura|lo eche a perder)',
        '(me di|me daba|me pegue|me pego) (golpes|cabezazos|punetazos|punetazos) (contra|en) {fill2} (hasta|a proposito|para sentir)',
        '(golpes|cabezazos|punetazos) contra la pared (hasta|a proposito|para sentir)',
        '(me queme|me quemo|me estoy quemando) {fill2} con (el|un|mi) (mechero|encendedor|cigarro|cigarrillo) {fill2} (para sentir|a proposito|adrede|$)',
        'me queme {fill2} (brazo|brazos|piel|mano|muneca|pierna) con (el|un|mi) (mechero|encendedor|cigarro|cigarrillo)',
      ],
    },
    {
      // Self-harm urges: "tengo ganas de cortarme", "quiero hacerme daño", "me quiero cortar".
      id: 'es.self-harm-urge',
      tier: 'cue',
      patterns: [
        '({intend}|{longing}) {fill2} {woundinf}',
        'me ({meintend}|dan ganas de) {fill1} {woundbare}',
        '(ganas|impulso|impulsos|necesidad|ansias|tentacion|urgencia) (de|por) {fill1} ({woundinf}|autolesion*)',
        '{think} {fill2} [en] ({woundinf}|autolesion*)',
        'autolesion*', 'auto lesion*', 'autoflagel*', 'automutil*', 'cutting',
        'merezco (sufrir|sangrar|dolor|que me duela|el dolor)',
        '(intentando|tratando de|aguantando|aguantandome|resistiendo|haciendo fuerza) [para] no {woundinf}',
        'me (haria|hare|voy a hacer|quiero hacer) (dano|cortes|heridas)',
        '({intend}|{longing}|ganas|impulso|necesidad|ansias) {fill3} (agarrar|usar|sacar|buscar|coger|tomar) (la|una|mi|las|el|unas) {sharp}',
        '(me cortaria|me volveria a cortar|me lastimaria|me autolesionaria|me quemaria|me volveria a lastimar) (otra vez|de nuevo|nunca mas|$)',
      ],
    },
    {
      // Plans, means, timing, an act under way or done: "me tomé todas las pastillas",
      // "estoy en la azotea", "compré una soga", "me voy a tirar del puente".
      id: 'es.plan-means',
      tier: 'act',
      patterns: [
        // pills
        '{swallow} {many} {fill3} {pills}', '{swallow} {fill2} {wholepack}', '{intend} {fill1} {swallow} {fill2} ({wholepack}|{many} {fill2} {pills})',
        '(me tome|me trague|me he tomado|tome|trague) {fill2} {pills} {fill3} (todas juntas|todas de golpe|todas de una|enteras|entero|de golpe|de una|juntas)',
        '(me tome|me trague|me he tomado|tome|me acabo de tomar) {fill1} (el|la|un|una) (frasco|caja|blister|bote|pastillero) {fill1} (entero|entera|completo|completa)',
        '(juntando|guardando|acumulando|ahorrando|escondiendo|junte|guarde|ahorre|acumule|tengo guardadas|tengo juntadas|tengo escondidas|ya tengo) {fill3} {pills}',
        '{pills} (guardadas|juntadas|escondidas|acumuladas|listas|contadas|preparadas)',
        '^ {pills} (todas|todos) [tomadas|tragadas|ya] $',
        '(me tome|me trague|me he tomado|tome|trague) {fill2} {pills} [{fill3}] (todas|todos) $',
        '(tengo|ya tengo|junte) suficientes {pills}', 'suficientes {pills} (para|como para)',
        '(cuantas|cuantos) {pills} (me tome|me trague|me meti|tome|me he tomado)',
        '(cuantas|cuantos|cuanto|cuanta) {fill3} (para|hacen falta para|se necesitan para|necesito para) (morir|matarme|matar a alguien|no despertar|suicidarme|que sea letal|una sobredosis)',
        '(dosis|cantidad) (letal|mortal)', 'me (tome|meti|di|hice|provoque|voy a meter|voy a dar) una sobredosis',
        '{intend} {fill1} (tomarme|tragarme|meterme) {many} {fill2} {pills}', '{intend} {fill1} (tomarme|tragarme|meterme) una sobredosis',
        'me (voy a|quiero|iba a|pienso) (tomar|tragar|meter) {many} {fill2} {pills}',
        '(abri|abro|voy a abrir|deje abierto|dejar abierto) (el gas|la llave del gas|las llaves del gas|la llave de la estufa)',
        // charcoal or gas in a sealed room: "compré carbón y cinta para sellar la puerta"
        '(carbon|brasero|anafe|el gas) {fill6} (sellar|selle|sello|tapar|tape|tapo|encintar|encinte) {fill2} (puerta|puertas|ventana|ventanas|rendijas|bano|cuarto|auto|carro|coche)',
        '(sellar|selle|sello|tapar|tape|tapo|encintar|encinte) {fill2} (puerta|puertas|ventana|ventanas|rendijas) {fill6} (carbon|brasero|anafe|gas)',
        // bleeding out: "me estoy desangrando en el baño"
        '(me estoy desangrando|me desangro|desangrandome|me voy a desangrar|estoy desangrandome|me estoy muriendo desangrada|me estoy muriendo desangrado)',
        // a crash on purpose: "voy manejando a 180 y pienso soltar el volante"
        '{intend} {fill2} {crash}', '(manejando|conduciendo|al volante|voy en el coche|voy en el carro|voy en el auto|en la carretera|en la autopista) {fill8} {crash}',
        // an attempt done that failed: "me colgué pero se rompió el cinturón", "me tiré del puente y sobreviví"
        '(me colgue|me ahorque|intente colgarme|intente ahorcarme|me quise colgar|me quise ahorcar) {fill4} (se rompio|se solto|se revento|cedio|se partio|se zafo) (la|el) (cuerda|soga|cinturon|cinto|cable|rama|viga|barra|sabana|correa|lazo|tubo|cordon)',
        '(me tire|me avente|me lance|me corte las venas|me abri las venas) {fill4} (pero|y) {fill2} {failed}',
        // knowing the place: "ya sé desde qué puente", "ya elegí desde qué edificio"
        '[ya] (se|elegi|escogi|decidi|tengo pensado) (desde|de) (que|cual|donde|este|ese|el|la) {height}',
        // on the ledge and not coming down: "estoy en la terraza del edificio y no pienso bajar"
        '(estoy|sigo|ando|subi|me subi|me meti|entre|camine|me voy a meter|voy a entrar|me adentre) {fill3} ({height}|{water}) {fill6} {noreturn}',
        // the engine running in a closed garage
        '(motor|coche|carro|auto) {fill3} (encendido|prendido|en marcha|andando) {fill3} (garaje|cochera|garage)',
        // up on the bridge, looking down
        '(estoy|sigo|ando|me quede) (arriba del|arriba de la|en el|en la|encima del|encima de la|sobre el|sobre la) {height} {fill2} (mirando|viendo) (el agua|el rio|el mar|el vacio|hacia abajo|para abajo|abajo|las vias|los coches|los carros|el trafico)',
        // the means within reach: "la cuchilla está a mi lado"
        '(la|mi|una|el) ({sharp}|pistola|soga|arma|revolver|escopeta) (esta|ya esta|la tengo|lo tengo) (a mi lado|al lado mio|junto a mi|en mi mano|frente a mi|delante de mi|lista|listo|en la mesa)',
        // working up the courage for it, with a time: "estoy juntando valor para hacerlo esta noche"
        '(juntando|reuniendo|armandome de|agarrando|tomando|junto|reuno|me falta) (valor|coraje|fuerzas|huevos|el valor|el coraje|las fuerzas) (para|pa|de) ({killinf}|{jumpinf}|hacerlo) ({soon}|$)',
        // the means in hand and shaking: "tengo el cuchillo en la mano y no sé qué hacer"
        '(cuchillo|navaja|cuchilla|gillette|pistola|arma|soga|pastillas|{sharp}) {fill2} (en la mano|en mis manos|en mi mano) {fill3} (no se (que hacer|si)|estoy temblando|me tiembla*|tengo miedo|es ahora o nunca|lo hago)',
        // someone else's gun taken: "ya tengo el arma de mi papá en mi cuarto"
        '(tengo|ya tengo|agarre|saque|tome|consegui|robe|encontre) (el arma|la pistola|la escopeta|el revolver|el rifle|las balas) (de|del) [mi|mis] {family}',
        // cutting right now: "me estoy haciendo cortes en el baño ahora"
        '({cutdone}|me estoy haciendo cortes|estoy cortandome|cortandome) {fill3} (ahora|ahorita|ahora mismo|en este momento|en el bano|encerrada|encerrado)',
        // when they are away or asleep: "el sábado que mis papás se van de viaje lo hago"
        '(cuando|el dia que|el {word} que|en cuanto|apenas|mientras) {fill4} (se vayan|se van|se duerman|se duerma|salgan|salga|me quede sola|me quede solo|me dejen sola|me dejen solo|no haya nadie|esten dormidos|este dormida|este dormido|viajen|se vaya) {fill3} (lo hago|lo voy a hacer|lo hare|me mato) $',
        // rope, guns
        '(compre|consegui|ya tengo|tengo|ya compre) (veneno|raticida|matarratas|veneno para ratas)',
        '(pistola|arma|revolver) {fill6} (usarla|usarlo|usarla conmigo|usarlo conmigo|dispararme|volarme la cabeza)',
        '(compre|consegui|ya tengo|tengo lista|tengo|ya compre|fui a comprar) (una|la|un) (soga|cuerda|pistola|arma|revolver|escopeta)',
        '(la|una|mi) (soga|pistola|escopeta|revolver) (ya esta|esta|la tengo|lo tengo|guardada|guardado|escondida|escondido) {fill3} (armario|closet|cajon|mochila|auto|carro|coche|garaje|cochera|debajo de la cama|lista|listo|cargada|cargado|comprada|comprado|en su lugar)',
        '(la|una) (soga|cuerda) (esta|ya esta) (lista|colgada|atada|amarrada)',
        '(ate|amarre|colgue|prepare) (la|una) (soga|cuerda)',
        '(pistola|arma|revolver) (en|contra) (la|mi) (cabeza|sien|boca)',
        // jumping, traffic
        '{intend} {fill1} {jumpinf} {from} [un|una|el|la|los|las|este|esta|ese|esa] ({height}|{traffic})',
        'me {meintend} {fill1} {jumpbare} {from} [un|una|el|la|los|las|este|esta|ese|esa] ({height}|{traffic})',
        '{jumpnow} {from} [un|una|el|la|los|las|este|esta|ese|esa] ({height}|{traffic}) (hoy|esta noche|ahora|ya|manana|$|no es broma|en serio)',
        '(voy a|quiero|me voy a|vaya a|fuera a|me vaya a|me fuera a) (saltar|tirarme|aventarme|lanzarme|tirar|aventar|lanzar) ($|pero|aunque|y)',
        'no se si (saltar|tirarme|aventarme|lanzarme)',
        '(estoy|ando|sigo|me encuentro|estoy parada|estoy parado|estoy sentada|estoy sentado) (en|arriba de|encima de|parada en|parado en|sentada en|sentado en|al borde de|en el borde de|en la orilla de|asomada a|asomado a) (la|el|los|las|un|una|mi) (azotea|techo|tejado|puente|vias|via del tren|vias del tren|cornisa|barandal|barandilla|acantilado|borde del puente|orilla del puente|precipicio|risco|borde del balcon)',
        '(mirando|viendo) (el agua|el vacio|hacia abajo|las vias|los carros|los coches) {fill6} (saltar|tirarme|no pienso volver|no voy a volver)',
        '(voy a|quiero) (manejar|estrellarme|chocar|estrellar el carro|estrellar el coche) {fill2} (contra|a) (un|una|el|la) (arbol|pared|muro|camion|trailer|poste|barranco)',
        // timing, done
        '[ya] (elegi|escogi|decidi|fije) (el dia|la fecha|la hora|el lugar|como hacerlo|como lo voy a hacer) (para hacerlo|de hacerlo|en que lo voy a hacer|$)',
        '[ya] (se|tengo pensado|tengo decidido|decidi) (como|cuando|donde) (lo voy a hacer|hacerlo|me voy a matar|voy a hacerlo|matarme)',
        '[ya] (tengo|esta) todo (planeado|listo|preparado|pensado) (para hacerlo|para irme de este mundo)',
        '(lo voy a hacer|lo hare|voy a hacerlo) {fill6} (tengo|esta) todo (planeado|listo|preparado|pensado)',
        '(tengo|esta) todo (planeado|listo|preparado|pensado) {fill6} (lo voy a hacer|lo hare|voy a hacerlo)',
        '(las|mis) {pills} [ya] (estan haciendo efecto|hacen efecto|empiezan a hacer efecto)',
        '[ya] lo hice {fill3} (me tome|pastillas|frasco|me corte)',
        '(me voy a|voy a|voy a estar|estare) (muerta|muerto) (antes de|para) {fill2}',
        '(beber|tomarme|me tome|tome|tomar) (cloro|lejia|veneno|raticida|matarratas|insecticida|chlorox|clorox|anticongelante|lavandina)',
      ],
    },
    {
      // Affairs put in order and quiet farewells: "dejé las claves del banco para mi hermano",
      // "así no tiene que lidiar con nada después", "después de esta noche ya no te voy a necesitar",
      // "último cigarro, último amanecer", "perdón a quien me encuentre", "que la última semana fuera bonita".
      id: 'es.goodbye-signs',
      tier: 'act',
      patterns: [
        '(deje|dejo|apunte|anote|escribi|apuntadas|anotadas|escritas|apuntados|anotados) {fill3} (claves|contrasenas|codigos|pin|datos) (del|de la|de mi|de mis) (banco|cuenta|cuentas|tarjeta|tarjetas) {fill3} (para|a) (mi|mis) {family}',
        '(asi|para que) {fill2} (no tenga|no tengan|no tiene|no tienen|nadie tenga|nadie tiene) que (lidiar|ocuparse|preocuparse|encargarse|hacer nada|pagar|resolver) {fill4} (despues|cuando no este|cuando ya no este)',
        '(despues de|pasada) (esta noche|esta madrugada) {fill2} (ya no|no) (te|les) {fill1} (voy a necesitar|necesitare|vas a saber de mi|van a saber de mi|vas a tener noticias mias)',
        '(ultimo|ultima) (cigarro|cigarrillo|cafe|mate|cerveza|paseo|noche) ... (ultimo|ultima) (amanecer|atardecer|puesta de sol)',
        '(ultimo|ultima) (amanecer|atardecer|puesta de sol) ... (ultimo|ultima) (cigarro|cigarrillo|cafe|mate|cerveza|paseo|noche|vez)',
        '(ultimo|ultima) (cigarro|cigarrillo|cafe|amanecer|atardecer|noche) {fill6} (como final|como despedida|buena forma de terminar|buen final|no esta mal como final)',
        '(perdon|perdonen|lo siento|disculpas|disculpa|siento mucho) {fill2} (a quien|a quienes|al que|a la que|a los que|a la persona que) me (encuentre|encuentren|vaya a encontrar|va a encontrar|halle)',
        '(queria|solo queria) que (la|mi|esta) (ultima|ultimo) (semana|dia|dias|noche|mes) (fuera|fueran) (bonita|bonito|linda|lindo|especial|buena|bueno|perfecta|perfecto|tranquila|feliz) $',
        '(abrace|visite|fui a ver|llame a|comi con|cene con) (a mi|mi|a mis) {family} ... (no sabe|no saben|no sabia|no sabian) que (era|fue) (la|el) (ultima vez|ultimo abrazo|ultima|ultimo|despedida)',
        '(regale|le regale|les regale|reparti|di) {fill4} (a|para) {fill3} (nadie se dio cuenta|nadie lo noto|nadie sospecha|sin que nadie sospeche)',
        '(quiero|queria) que (encuentren|encuentre) todo (en orden|limpio|ordenado|recogido)',
        // A goodbye nobody noticed: "hoy me despedí de mi abuela sin que se diera cuenta".
        '(me despedi|me fui despidiendo|me estoy despidiendo|me despido|despedirme) (de|a) {fill4} (sin que|y no|y nadie|pero no) {fill2} (se diera cuenta|se dieran cuenta|se da cuenta|se dan cuenta|lo supiera|lo supieran|lo sabe|lo saben|lo noto|lo notaron|lo notara|sospecha|sospechan|sospechara|sabe|saben|sabia|sabian)',
      ],
    },
    {
      // Plans in everyday words: means at hand, the place, the date, a past attempt, research:
      // "sé dónde guarda la llave de la escopeta", "el próximo tren es el mío", "ese día lo hago, ya
      // tengo la fecha", "esta vez no voy a fallar", "busqué el edificio más alto", "parada en el borde mirando abajo".
      id: 'es.plan-signs',
      tier: 'act',
      patterns: [
        '(escopeta|pistola|arma|revolver|rifle|fusil|escopetas) ... (se donde|ya se donde|yo se donde) (guarda|guardan|esconde|esconden|tiene|tienen|deja|dejan|esta|estan) (la llave|las llaves|las balas|los cartuchos|la combinacion|el codigo)',
        '(escopeta|pistola|arma|revolver|rifle|fusil) ... (no hay nadie|no va a haber nadie|me quedo sola|me quedo solo|voy a estar sola|voy a estar solo) (en casa|$)',
        '(viendo|mirando|veo|miro) (pasar )?(los )?(trenes|metros|vagones|camiones|coches|carros) {fill3} [$] (el proximo|el siguiente) (es|sera) (el mio|para mi)',
        '(lo hago|lo voy a hacer|lo hare|voy a hacerlo) {fill3} [$] (ya tengo la fecha|ya tengo el dia|ya elegi la fecha|ya elegi el dia|la fecha ya esta elegida|ya fije la fecha|ya fije el dia)',
        '(ya tengo la fecha|ya tengo el dia|ya elegi la fecha|ya elegi el dia|ya fije la fecha) {fill3} [$] (lo hago|lo voy a hacer|lo hare|voy a hacerlo)',
        '(espero|esperando|espero solo|solo espero) ... (para que|asi) (mis padres|mis papas|mis viejos|mi familia) (no|no se) (piensen|crean|sospechen|digan) (que|que fue|que es) (por|a causa de|culpa de)',
        '(lo intente|ya lo intente|lo he intentado|ya lo he intentado|intente matarme|intente suicidarme|mi intento) ... (esta vez|esta vez si|ahora si|la proxima) (no|no me) (voy a fallar|fallo|fallare|voy a fallar yo|me va a salir mal|va a salir mal|me van a salvar|me salvan|me van a encontrar a tiempo)',
        '(ya lo intente|lo intente|ya lo he intentado|lo intente una vez|ya intente) {fill6} (lavado de estomago|me salvaron|me encontraron|me internaron|urgencias|me reanimaron|desperte en el hospital)',
        '(buscando|busque|googlee|googleando|investigando|investigue|leyendo|lei) {fill6} (el edificio mas alto|el puente mas alto|la dosis|cuantas pastillas|como morir|como matarme|como hacerlo sin|la forma mas rapida|la manera mas rapida|el metodo mas rapido|formas de morir|sin dolor|sin sufrir)',
        'como (irme|morir|morirme|desaparecer|dormirme) (sin|para no) (dolor|sufrir|doler|sentir nada)',
        '(borde|cornisa|barandal|barandilla) {fill6} (mirando|viendo) (abajo|hacia abajo|para abajo|el vacio)',
        '(maneje|conduje|fui en el coche|fui en el carro|llegue) hasta (los acantilados|el acantilado|el puente|el precipicio|el barranco|la presa|el mirador) ... (borde|mirando abajo|saltar|tirarme|el final)',
        'se me (cierran|estan cerrando|cierran ya) los ojos {fill4} (no llames|no le digas|no avises|no le avises) (a nadie|nada)',
        '(me corte|me he cortado|me raje) {fill2} (mas hondo|mas profundo|muy hondo|demasiado hondo|demasiado profundo)',
        '(me corte|me he cortado|me raje|me volvi a cortar) {fill8} [$] {fill4} (no para|no deja|no paran|no dejan) de sangrar',
        '(encerrada|encerrado|me encerre|metida|metido) {fill4} (garaje|cochera|garage) {fill6} (motor encendido|motor prendido|el motor en marcha)',
      ],
    },
    {
      // Passive wishes in everyday words: hoping for an illness or an accident, praying not to
      // wake, "sin mí por fin podría vivir tranquila", "para qué levantarme, para qué comer".
      id: 'es.passive-signs',
      tier: 'cue',
      patterns: [
        '(ojala|espero que|rezo para que|pido que|tomara que) {fill4} (analisis|estudios|examenes|resultados|biopsia|pruebas|chequeo|medico) {fill4} (algo grave|algo malo|algo terminal|cancer|un tumor|algo incurable|lo peor)',
        '(ojala|espero que|rezo para que|pido que) {fill3} (algo grave|algo malo|algo terminal|cancer|un tumor|algo incurable) {fill6} (analisis|estudios|examenes|resultados|biopsia|pruebas|rapido)',
        '(ojala|quisiera|me gustaria|espero) {fill2} (tener|sufrir|que me pase) (un accidente|algo grave|una enfermedad)',
        '(le pido|pido|le rezo|rezo) (a dios|al cielo|al universo|a la vida) {fill2} (no despertar|no despertarme|morirme|morir|que me lleve|llevarme|no amanecer)',
        '(sin mi [$] (por fin|al fin|finalmente|ya|todos|todo el mundo|ellos|ellas)|si yo no estuviera) {fill3} (podria|podrian|viviria|vivirian|estaria|estarian|tendria|tendrian|respiraria|respirarian|seria|serian) {fill2} (tranquila|tranquilo|tranquilos|en paz|mejor|feliz|felices|vivir tranquil*|respirar|una vida)',
        '(soy|solo soy) (un gasto|un gastadero|un pozo sin fondo|un agujero negro|una boca mas|un gasto y un problema)',
        'para que {word} {fill2} para que {word} {fill2} para que',
        // things given away that will not be needed: "ya regalé mi ropa a mis primos, no la voy a necesitar"
        '(regale|le regale|les regale|di|reparti|done|deje|vendi) {fill8} [$] [ya] no (la|lo|los|las|me) (voy a|van a) (necesitar|hacer falta|usar)',
        'nada (tiene sentido|sirve|importa|vale la pena) y yo (menos|tampoco|menos que nada|menos aun)',
        '(cruzo|cruzar|cruzando) {fill4} sin mirar {fill4} (si me atropella|ojala|que pase lo que pase|me da igual|pues ni modo)',
      ],
    },
    {
      // Veiled farewells, worth a question: "mañana temprano van a entender todo", "ya falta poco
      // para que todo termine", "pronto no van a tener que aguantarme".
      id: 'es.veiled',
      tier: 'cue',
      patterns: [
        '({soon}|pronto|muy pronto|algun dia|cuando se enteren|cuando lo sepan|despues de hoy) {fill3} (van a entender|vas a entender|entenderan|entenderas|lo van a entender|van a comprender|van a saber por que|vas a saber por que) [todo|por que|porque|$]',
        '(ya falta|falta) (poco|muy poco) (para que|y) (todo|esto) (termine|se acabe|acabe|se termine|deje de doler)',
        '(esto|todo) (se termina|se acaba|termina|acaba) (pronto|muy pronto|esta noche|hoy|manana) $',
        // two affairs handed on in one message: "le mandé la contraseña del banco y le dije que la quiero"
        '{handed} ... {handed}',
      ],
    },
    {
      // A means beside having it, in everyday words (a question: "lista" alone is a party): "la soga ya está lista", "compré todo lo que necesito".
      id: 'es.means-ready',
      tier: 'cue',
      patterns: ['{meansword} {fill8} {gotit}', '{gotit} {fill8} {meansword}'],
    },
    {
      // Words coined to get past filters and emoji as words: "darme de baja de la vida",
      // "quiero ⚰️ ya", "💊💊💊 en la mano", "matarme es lo único que pienso".
      id: 'es.coded',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        '(darme de baja|me doy de baja|dar de baja|desuscribirme|desuscribo|me desuscribo|cancelar mi suscripcion|me di de baja) (de la vida|del mundo|de este mundo|de la existencia|de vivir)',
        '{intend} {fill1} (coffin|ataud) (ya|hoy|esta noche|manana|$)',
        '(coffin|ataud) [coffin|ataud] {soon}',
        '^ {pills} [{pills}] [{pills}] (en la mano|en mi mano|listas|contadas|ya listas)',
        '({killinf}|suicidarme|morirme) (es|son) (lo unico|en lo unico|todo lo) (que|en que|en lo que) (pienso|tengo en la cabeza|tengo en mente)',
      ],
    },
    {
      // Round 5: a plan in everyday words, without the word: a letter written while waiting to be
      // alone ("ya escribí la carta, espero a que se duerman"), pills taken with drink or with
      // "don't call anyone", a room booked "solo para eso", a second try after one that failed
      // ("me sacaron a tiempo, esta noche no le aviso a nadie"), the height looked up ("alcanza").
      id: 'es.plan-quiet',
      tier: 'act',
      patterns: [
        '{letter} ... {alone}', '{alone} ... {letter}',
        '{swallow} {fill2} {pills} {fill2} (con|y) {fill1} (vino|alcohol|cerveza|vodka|tequila|ron|whisky|pisco|fernet|ginebra|licor|aguardiente|chela|chelas|birra|birras|la botella|una botella|toda la botella)',
        '({swallow} {fill3} ({pills}|todo|todas|todos)|{wholepack}|ya lo hice) ... {untold}',
        '(reserve|alquile|rente|pague|consegui|busque|me saque|me rentaron|me alquilaron|me prestaron) (un|una) (hotel|cuarto|habitacion|airbnb|motel|cabana|hostal) ... (solo|nomas|unicamente) para (eso|hacerlo)',
        '{tried} ... ({soon}|{untold})', '{untold} ... {tried}',
        // on a height, weighing it: "estoy en la terraza del piso 12 pensando si salto"
        '{height} ... (pensando|pienso|decidiendo|dudando|no se) si (salto|me tiro|me aviento|me lanzo|saltar|tirarme|aventarme)',
        '(que tan alto|que tan alta|cuanto mide|la altura (de|del)|cuantos metros (tiene|mide)|que altura tiene|que tan profundo|que tan profunda) {fill4} {height} ... (alcanza|es suficiente|basta|da para|sirve|suficiente|con eso basta)',
      ],
    },
    {
      // Round 5: arrangements for after, without the word: things left to someone in writing
      // ("ya dejé escrito que mis ahorros son para mi hermanito"), the funeral arranged ("cuando ya
      // no esté, que pongan la de Mercedes Sosa en el velorio"), ashes, things given "ya no la voy a usar".
      id: 'es.arrangements',
      tier: 'act',
      patterns: [
        '(deje|dejo|ya deje|tengo|ya tengo|lo deje|lo dejo) (escrito|por escrito|anotado|apuntado) (que|quien|a quien) {fill3} {belongings}',
        '{gone} ... (velorio|funeral|entierro|tumba|cenizas|misa|cementerio|lapida)',
        '(que|quiero que|quisiera que|me gustaria que) (pongan|toquen|canten|pasen|lleven|pongas|toques|vistan|me vistan|me entierren|me cremen|lean) {fill6} (en|para|durante) mi (velorio|funeral|entierro|misa|despedida)',
        '(esparzan|tiren|echen|lleven|esparce|tira|lleva|guarden) mis cenizas',
        // "algún día vas a entender por qué lo hice"; a last post with thanks
        '(algun dia|un dia|despues|mas adelante|cuando lo sepan|cuando se enteren) {fill2} (vas|van|vais) a (entender|comprender|saber) (por que|porque|el por que) {fill2} lo (hice|tuve que hacer)',
        '(ultimo|ultima) (post|publicacion|mensaje|video|historia|tweet) (que|aqui|por aqui|$) ... ({thanks}|gracias a (todos|todas|quienes|los que|todo el que))',
      ],
    },
    {
      // Round 5: things given away that won't be needed where I am going: "te dejo mi cuenta del
      // fortnite, yo ya no la voy a usar". A question: "le regalé mi ropa de embarazo, ya no la uso" is everyday.
      id: 'es.giving-away',
      tier: 'cue',
      patterns: ['{give} ... {notneed}'],
    },
    {
      // Round 5: what still holds someone here, the pull of the means, a wish for the plane to fall:
      // "solo sigo aquí por mi gato, si no fuera por él ya no estaría", "no lo voy a hacer porque la
      // Kira me necesita, es la única razón", "ayer me quedé mirando pa abajo desde el balcón",
      // "ahora entiendo a la gente que lo hace", "el avión se movía y yo pensaba ojalá se caiga",
      // "si me muero nadie se entera en días", "para qué sigo si todo me sale mal".
      id: 'es.held-by',
      tier: 'cue',
      patterns: [
        '(solo|nomas|unicamente) sigo (aqui|aca|viva|vivo|en este mundo|con vida|respirando) {fill2} (por|gracias a)',
        'sigo (viva|vivo|aqui|aca|en este mundo|con vida) (solo|nomas|unicamente) (por|gracias a)',
        'si no (fuera|fuese|hubiera sido) por {fill3} (ya no estaria|no estaria aqui|no estaria aca|no estaria viva|no estaria vivo|ya me habria|ya me hubiera|ya lo habria hecho|ya lo hubiera hecho)',
        '(la|mi) (unica|ultima) razon (para|por la que|de|que me) (seguir|vivir|no hacerlo|estar aqui|sigo|queda|tengo)',
        '(lo unico|el unico|la unica|la unica cosa) (que|motivo que|razon que) me (mantiene|tiene|retiene|detiene|frena|ata|sostiene) (viva|vivo|aqui|aca|con vida|en este mundo|a la vida|en pie)',
        'no lo (voy a hacer|hago|hare|hice) ... (la unica razon|el unico motivo|lo unico que me (detiene|frena|ata|retiene))',
        '(me quede|me quedo|estuve|estaba|me la paso|me la pase|me pase|me paso) {fill3} (mirando|viendo) (para abajo|hacia abajo|abajo|el vacio|las vias|el agua) (desde|en) (el|la|mi) {height}',
        '(me quede|me quedo|estuve|estaba|me la paso|me la pase) {fill2} (mirando|viendo) (las|mis|el|la) ({pills}|{sharp}|soga|pistola|frasco|caja de pastillas)',
        '(ahora|ya|por fin|recien ahora|ahora si) entiendo a (la gente|los|las personas|quienes) que (lo hace|lo hacen|se matan|se suicidan|se quitan la vida|se tiran)',
        '{craft} ... (ojala|rezaba para que|rezaba que|pedia que|quisiera que|deseaba que|esperaba que|por mi que) {fill1} {crashwish}',
        'si {fill1} {died} {fill3} nadie (se entera|se enteraria|se enteraria|lo nota|lo notaria|se da cuenta|me encuentra|me encontraria|me busca|me buscaria|viene|vendria|se va a enterar|se daria cuenta)',
        '(para que|por que|porque) (sigo|seguir|continuar|continuo|vivo|vivir|existo|existir|me levanto|levantarme|sigo aqui|sigo viva|sigo vivo) (si|$)',
        'no le (encuentro|veo|hallo) [el|ningun] (caso|sentido) (a nada|a la vida|a vivir|a seguir|a existir|a seguir viviendo|a estar aqui|$)',
        // envying the dead; a thought that keeps coming, under a denial (the same meanings as in pt)
        '(envidio|le tengo envidia|tengo envidia|envidia) (a|de) (los que|las que|quien|quienes|la gente que|los muertos) [ya] (murio|murieron|se murio|se murieron|se fue|se fueron|descansa|descansan|estan muertos|esta muerto|ya no estan|$)',
        '(pensamiento|pensamientos|idea|ideas) (que viene|que vuelve|que aparece|que me viene|viene|vuelve|aparece) ... no (voy a|pienso) hacer nada',
      ],
    },
    {
      // Round 5: self-harm in other words: a relapse after days "sin hacerlo", hitting a wall
      // "hasta abrirme los nudillos".
      id: 'es.self-harm-more',
      tier: 'act',
      softenedBy: ['urge'],
      patterns: [
        '(recai|volvi a caer|volvi a recaer|tuve una recaida|he recaido) ... (dias|semanas|meses|mes|ano|anos) (sin hacerlo|sin hacerme nada|limpia|limpio|sin cortarme|sin lastimarme)',
        '(dias|semanas|meses|mes|ano|anos) (limpia|limpio|sin hacerlo|sin cortarme|sin autolesionarme|sin lastimarme|sin hacerme dano) {fill4} (recai|arruine|perdi|rompi|se acabo|[los|las|lo] (tire|eche) a la basura|[los|las|lo] (tire|eche) a perder|volvi a caer)',
        '(le pegue|le pego|pegue|golpee|golpeo|le di|le doy|le daba|pegandole|golpeando|di golpes|di punetazos|me di) {fill3} (pared|muro|puerta|espejo) {fill4} hasta (abrirme|romperme|reventarme|partirme|lastimarme|hacerme dano|hacerme sangre|sangrar|que me sangr*|que sangr*|no sentir)',
        'hasta (abrirme|romperme|reventarme|partirme|despellejarme|pelarme) (los nudillos|las manos|la mano|los dedos|la piel|la frente|los brazos)',
      ],
    },
    {
      // Round 6: self-harm named by the place or the streak: "volví a lo del brazo", a clean-day
      // counter back to zero ("contador en cero, iba por 40 días"), bandages and sleeves after a relapse.
      id: 'es.self-harm-coded',
      tier: 'act',
      softenedBy: ['urge'],
      patterns: [
        '(volvi|he vuelto|regrese|vuelvo|otra vez) (a|con) lo (del|de los|de la|de las|de mis|de mi) {body}',
        '(contador|racha|cuenta|conteo|contador de dias|dias limpia|dias limpio) {fill3} (en|a|de vuelta a|vuelve a|volvio a) (cero|0) ... (iba por|llevaba|tenia|ya eran|iba en) {fill1} {number} (dias|semanas|meses) [limpia|limpio] $',
        '(iba por|llevaba|tenia) {fill1} {number} (dias|semanas|meses) [limpia|limpio] $ ... (contador|racha|conteo) {fill3} (en|a|vuelve a|volvio a) (cero|0)',
        '(recai|recaida|volvi a caer|lo volvi a hacer|volvi a hacerlo) {fill8} (curitas|tiritas|vendas|gasas|venditas|mangas largas|manga larga|bajo la manga|me bajo la manga|me baje la manga|sudadera en pleno verano|pulseras para tapar)',
        '{body} {fill8} (me bajo|me baje|bajarme|me tapo|me tape|taparme) (la manga|las mangas|con la manga|con pulseras)',
      ],
    },
    {
      // Round 6: a self-harm urge held back in other words: "ganas de volver a lo de antes, estoy
      // sentada encima de las manos".
      id: 'es.self-harm-hold',
      tier: 'cue',
      patterns: [
        '(sentada|sentado|me sente|me siento) (encima de|sobre|en) (las|mis) manos ... (para no|pa no|ganas|aguantar*|no me aguanto|impulso)', '(para no|pa no|ganas|aguantar*|no me aguanto|impulso) ... (sentada|sentado|me sente|me siento) (encima de|sobre|en) (las|mis) manos',
        '(ganas|impulso|necesidad|ansias|tentacion) (de|por) volver a (lo de antes|eso|hacerlo|hacermelo|lo mismo) {fill6} [$] {fill6} (manos|no me aguanto|aguantandome|aguanto|escondi|resistiendo)',
      ],
    },
    {
      // Round 6: goodbyes in arrangements: belongings disposed of "cuando ya no esté", things given
      // and "so nothing is left hanging" or owed, keys for "when they need it", a legacy contact set up,
      // something left "so they have something of me after", a pet left with a cover story.
      id: 'es.goodbye-settled',
      tier: 'act',
      patterns: [
        '{gone} ... {bequest}', '{bequest} ... {gone}',
        '({give}|devolvi|le devolvi|les devolvi|ya devolvi|pague|ya pague|salde|cancele|di de baja|puse {fill4} a nombre de) ... {squared}',
        // given away and not needed is a question ("te regalo mi play, ya no la voy a usar"); with the
        // password sent, all of it in order, a prized thing or a surprised receiver it is a goodbye
        '{give} ... {giveextra} ... {notneedend}', '{give} ... {notneedend} ... {giveextra}',
        '{handed} ... (para cuando [la|lo|las|los] (necesiten|necesites|haga falta|hagan falta)|por si (la|lo|las|los) necesitan|para cuando no este|para cuando ya no este|para despues $)',
        '(puse|configure|active|deje|agregue|anadi|nombre|elegi) {fill8} (cuenta inactiva|cuentas inactivas|contacto de legado|legado digital|contacto legado|heredero digital|administrador de cuentas inactivas)',
        '({give}|deje|les deje|le deje|grabe|prepare|hice|arme|escribi) ... (para que|asi) {fill3} (tengan|tenga|tengas|les quede|le quede|te quede|guarden|guardes|conserven) algo {fill2} de mi (despues|para despues|para cuando|cuando ya no|para recordarme|para siempre|$)',
        '(renuncie|deje el (trabajo|curro|laburo|chamba)|me fui del (trabajo|curro|laburo)|deje la (uni|facultad|carrera)|me di de baja de la (uni|facultad)) ... (ya )?no (voy a|me va a) (necesitar|hacer falta) [el|la] (trabajo|curro|laburo|chamba|uni|carrera|titulo|sueldo|plata|dinero|empleo) [ninguno|ninguna|mas|total]',
        '(pedi perdon|pedi disculpas|me disculpe|hice las paces) {fill8} ... (solo faltaba eso|era lo unico que faltaba|ya no falta nada|ya no me falta nada|ahora ya puedo irme|ya puedo irme|ahora si puedo irme)',
        '(escribi|anote|deje escrito|apunte|hice una lista) {fill6} quien se (queda|va a quedar) con (que|cada cosa|mis cosas|lo mio)',
        '(a partir de manana|desde manana|despues de hoy|despues de esta noche|{soon}) {fill3} [ya] nadie (tiene|va a tener|tendra) que (preocuparse por mi|preocuparse de mi|cuidarme|aguantarme|lidiar conmigo|cargar conmigo)',
        '(pase|di|mande|deje|entregue) {fill3} (usuario|usuarios|contrasena|contrasenas|claves|clave|acceso|accesos) ... (encargarse (de eso|de todo|de ellas) despues|que se encargue despues|para despues|pense que era (broma|chiste)|creyo que era (broma|chiste))',
        '(le|les) dije que (me iba|me voy|me iria|iba) (de viaje|de vacaciones|a viajar|fuera|lejos|por un tiempo) ... (pero|y) {fill2} (no vuelvo|no voy a volver|no pienso volver|no regreso|no voy a regresar|no es verdad|es mentira|no me voy a ningun lado)',
        '(deje|le deje|les deje|le encargue|le di) ... (no vuelvo|no voy a volver|no pienso volver|no regreso|no voy a regresar) (a por|por|a buscar*|a recoger*) (ella|el|ellos|ellas) $',
        // praise in the past with a goodbye: "fuiste la mejor amiga que tuve, cuida mucho a tu bebé" (not to an ex)
        '(fuiste|has sido|eras|eres) (la mejor|el mejor) (amiga|amigo|hermana|hermano|mama|papa|madre|padre|persona|prima|primo|tia|tio|abuela|abuelo|hija|hijo|companera|companero) {fill4} ... ({thanks}|cuida mucho|cuidate mucho|cuidate|cuida a|cuida de|se feliz|sean felices|no lo olvides|nunca lo olvides|solo queria decirte)',
        '({thanks}|solo queria decirte|cuidate mucho|cuida mucho) ... (fuiste|has sido) (la mejor|el mejor) (amiga|amigo|hermana|hermano|mama|papa|madre|padre|persona|prima|primo|tia|tio|abuela|abuelo|hija|hijo)',
      ],
    },
    {
      // Round 6: a plan in everyday words: a height or water scouted and nobody there at that hour,
      // over the railing, shoes off on a terrace with an hour set, money for the rent spent on
      // "what I still need", pills saved instead of taken, taken already and the body going numb,
      // a date marked for a meaning only I know, what I need hidden and a day named, a try before.
      id: 'es.plan-everyday',
      tier: 'act',
      patterns: [
        '{scouted} {fill6} (dos veces|tres veces|varias veces|otra vez|de nuevo|todos los dias|cada noche|cada dia) ... {nobodythere}',
        '{nobodythere} ... {scouted} {fill6} (dos veces|tres veces|varias veces|otra vez|de nuevo)',
        '({drop}|{water}) ... {overrail}', '{overrail} ... ({drop}|{water}|abajo|el vacio)', '(me pase|ya pase|cruce|me cruce|me brinque|brinque) (la|el) (baranda|barandal|barandilla|pretil|guardarrail|parapeto)',
        '(estoy|sigo|ando|me quede) (en|arriba de|encima de) (la|el|una|un) {drop} ... {shoes}', '{shoes} ... (estoy|sigo|ando) (en|arriba de|encima de) (la|el|una|un) {drop}',
        '(ya son|son|faltan) {fill2} {number} ... (dije|decidi|me dije) (que )?a las {number} ... {height}',
        '{scouted} ... (viendo|mirando|calculando|buscando) (donde|que parte|la parte) {fill1} (es|esta) (mas hondo|mas honda|mas profundo|mas profunda|mas alto|mas alta)',
        '{scouted} ... (vuelvo|voy a volver|regreso) (el|este|esta|manana|hoy|pronto) {fill2} $',
        '(estoy|ya estoy|subi|llegue) (en|a|al|hasta) (la azotea|el techo|la terraza|el ultimo piso|el tejado) ... ((puerta|acceso) (de la|del|a la|al) (azotea|techo|terraza|escalera de incendios|salida de emergencia|tejado)|trampilla) {fill3} (abierta|abierto|sin llave|sin candado)',
        '(me meti|entre|estoy entrando|me estoy metiendo|camine) (al|en el|en la|a la) (mar|rio|lago|presa|represa|laguna|agua) ... (con ropa|vestida|vestido|con la ropa puesta) ... (me llega|llega|me cubre|hasta) (al|el|a la|la) (pecho|cuello|barbilla)',
        '(es|sera) el dia $ ... (ya|todo|esta todo|ya esta todo|tengo todo) (separado|escondido|guardado|apartado)', '(esta todo|ya esta todo|tengo todo) (separado|escondido|guardado|apartado) $ ... (es|sera) el dia $',
        '{futuremoney} {fill8} {vagueneed} ({soon}|(para|pa) {soon}|$)',
        '(sin tomarme|sin tomar|no me tomo|no me tome|no me estoy tomando|dejo de tomar|deje de tomar|dejando de tomar) {fill2} {pills} {fill3} (y|pero|sino) {fill1} (guardando*|juntando*|acumulando*|escondiendo*|ahorrando*|lo guardo|las guardo|los guardo|lo junto|las junto|(la|las|lo|los) (estoy|voy|sigo|ando) (guardando|juntando|acumulando|escondiendo))',
        '(guardandolo|guardandolas|guardandolos|juntandolas|juntandolos|acumulandolas|acumulandolos|escondiendolas|escondiendolos) {fill4} {pills} ... (lleno|llena|casi esta|ya casi|suficiente|suficientes|alcanza)',
        '{tookit} ... {effects}', '{effects} ... {tookit}',
        '(ya )?(tome|me tome|trague) (hace|desde hace) {fill2} (hora|horas|minutos|media hora|un rato) ... {effects}',
        '(marque|marco|elegi|escogi|fije|apunte|anote|tache|encerre) {fill4} (calendario|agenda|fecha|dia|el {number}) ... (me parece justo|es lo justo|tiene sentido|es perfecto|solo yo se|nadie sabe (que|lo que)|para que (nunca|siempre|no) {fill3} (olvide|olvidar|festejar|celebrar|acuerde|recuerde))',
        '(elegi|escogi|decidi|marque) (ese dia|esa fecha|su cumple|su cumpleanos|el dia de su cumple|nuestro aniversario|el aniversario) (para que|asi) (nunca|no|jamas) {fill3} (pueda|vuelva a|pueda volver a) (festejar*|celebrar*|olvidar*|disfrutar*)',
        '(escondi|ya escondi|guarde|ya guarde|tengo escondido|tengo guardado|ya tengo) {fill2} {vagueneed} {fill6} ... ({soon}|nadie (la|lo|las|los) (revisa|abre|toca|mira|va a encontrar|encuentra))',
        '{tried} ... (esta vez|ahora|la proxima) {fill3} (se va|se van|no esta|no estan|no hay nadie|no va a haber nadie|me quedo sola|me quedo solo|estoy sola|estoy solo|nadie|todo el (puente|finde|fin de semana))',
      ],
    },
    {
      // Round 6: passive wishes in other words: a good test result met with disappointment, no future
      // seen ("no me veo en ningún futuro", "como si la película se cortara acá"), ruining my parents'
      // old age, a bad diagnosis that would be a relief, no use renewing what I won't use, fading out
      // and not wanting anyone to light me again, a denial and then counting the floors.
      id: 'es.passive-everyday',
      tier: 'cue',
      patterns: [
        '{medtest} ... {goodresult} ... {letdown}', '{letdown} ... {medtest} ... {goodresult}',
        'no me (veo|imagino) en (ningun|ningún) futuro', 'no (me veo|me imagino|logro imaginarme|puedo imaginarme|consigo imaginarme) (con|a los|llegando a los|cumpliendo) {number} [anos] ($|ni)',
        '(como si|es como si) (la pelicula|mi historia|mi vida|todo|mi camino|mi cuento) (se cortara|se cortase|terminara|acabara|se acabara|se terminara|se cerrara) (aca|aqui|ahi|ya|en este punto|hoy)',
        '(les|le) (estoy arruinando|arruino|estoy amargando|amargo|estoy destrozando|destrozo|estoy complicando|estoy quitando|quito) (la vejez|la vida|su vejez|sus vidas|su vida|los mejores anos|la jubilacion)',
        '(tienen|tiene) que (cuidarme|mantenerme|aguantarme|cargar conmigo|ocuparse de mi) como si (fuera|tuviera|siguiera siendo)',
        'soy el problema (de|en) (esta|mi|la) (familia|casa)', 'si yo (desapareciera|no estuviera|me fuera|saliera de escena|no existiera) {fill4} (tendrian|tendria|habria|estarian|estaria|vivirian) {fill1} (paz|tranquilidad|tranquilos|tranquilas)',
        '(si|y si|ojala) {fill4} (mala noticia de salud|malas noticias de salud|mala noticia del medico|me (diagnostican|detectan|encuentran) algo|un diagnostico (malo|grave|terminal)|algo grave|un accidente|una enfermedad) {fill4} (me daria igual|me da igual|me dara igual|alivio|un alivio|me aliviaria|no me importaria|hasta mejor)',
        '(para que|pa que|por que) (voy a|iba a|vas a) ((renovar|sacar|tramitar) (el|la|los|mi|mis) (pasaporte|dni|licencia|carnet|cedula|papeles|visa|documentos|identificacion)|ahorrar|planear|hacer planes|ir al dentista|ir al medico|cuidarme|seguir el tratamiento) {fill4} si (no|ya no|ni) {fill3} (voy a|vaya a|lo voy a|la voy a) (usar|necesitar|estar|ver|gastar|disfrutar|llegar)',
        '(me estoy apagando|me voy apagando|me apago|apagandome|me estoy marchitando|me estoy desvaneciendo) ... (no quiero que nadie|que nadie me|no quiero que me) {fill3} (prender|prenda|encender|encienda|salve|rescate|ayude|vuelva a prender|vuelva a encender)',
        'no (puedo|aguanto|soporto) (un dia mas|otro dia mas)', '(se me acabaron|ya no me quedan|se me fueron) las fuerzas',
        '{hopefor} {fill3} (y no salir de esa|y no salir de esta|y no salir|y no despertar|y no volver)',
        // a drop looked at, and nobody there at night (a question: friends go to lookouts at night too)
        '{scouted} ... (noche|madrugada|de la manana|a esa hora|a esas horas) {fill3} {nobodythere}',
        '{denial} ... (cuantos pisos|cuantos metros|que altura|la altura|que tan alto|que tan alta|el borde|al borde|la baranda|las vias|el anden)', '(cuantos pisos|cuantos metros|que altura|que tan alto|que tan alta) ... {denial}',
      ],
    },
    {
      // Round 7: arrangements for after I am gone: instructions left "para cuando yo ya no esté", a wallet's
      // seed phrase handed on "cuando yo falte", a will at 26 "así no tiene líos luego", organs "disponibles
      // pronto", every group left with a message for each, a last visit and the card left "que siga yendo
      // él por mí", a last round of the places I loved, things in an envelope "yo no voy a necesitar nada",
      // the funeral dictated "anótalo", the burial plot paid "no van a tener que gastar", children taught
      // to manage "sin mí, pronto", a last party "acuérdense de mí así", a folder left "para ustedes".
      id: 'es.after-gone',
      tier: 'act',
      patterns: [
        '{leftnote} ... {after}', '{after} ... {leftnote}', '{handed} ... {after}', '{after} ... {handed}',
        '(hice|hacer|fui a hacer|firme|he hecho|ya hice|redacte|deje hecho|me hice) [el|mi|un] testamento {fill8} (con {number} anos|a los {number}|flipando|no se lo creia|no lo podia creer|se sorprendio|extranado|extranada|a nombre de (mi|mis) {family}|para (mi|mis) {family})',
        '(testamento|a nombre de (mi|mis) {family}) ... {squared}',
        '(organos|corneas|rinones|mis organos|mi cuerpo) ... (van a quedar|quedan|quedaran|van a estar|estaran|queden|esten) {fill1} (disponibles|libres|sin dueno) (pronto|en breve|muy pronto|dentro de poco|en poco tiempo|$)',
        '(donante|donar|done|donacion) ... (pronto|muy pronto|dentro de poco|en breve|en poco tiempo) {fill4} (sirvan|servir|les sirvan|le sirvan|usen|los usen|usar|usarlos|aprovechen|los aprovechen|aprovechar|aprovecharlos|disponibles)',
        '{exitall} ... ya no (los|las|les|os) (molesto|voy a molestar|molestare|jodo|voy a joder|incomodo) [mas|nunca mas] $',
        '{exitall} {fill4} (familia|mi familia|la familia) ... ((mensaje|mensajito|mensajitos|audio|audios|carta|cartas|nota|notas) (a|para) cada (uno|una)|dandole las gracias|dandoles las gracias|agradeciendole|agradeciendoles|{thanks})',
        '(mensaje|mensajito|mensajitos|audio|audios|carta|cartas|nota|notas) (a|para) cada (uno|una) {fill6} (gracias|dandole las gracias|dandoles las gracias|agradeciendo*|para despedirme|despidiendome) ... (ya no (los|las|les|os) (molesto|voy a molestar|molestare) [mas|nunca mas]|{after}|{gone})',
        '(por ultima vez|la ultima vez|mi ultima vez|un ultimo paseo|un ultimo partido|una ultima vuelta|una ultima visita|ultima vuelta|ultima visita) ... ({give}|le deje|les deje|le di|les di|le regale|le pase) ... (por mi $|en mi lugar|en mi nombre|que siga (yendo|viniendo|usandolo|usandola|jugando) (el|ella|ellos|ellas))',
        '(ultima vuelta|ultimo paseo|ultimo recorrido|por ultima vez|una ultima vuelta|un ultimo paseo|la ultima vuelta) ... [ya] (me despedi|me fui despidiendo|me estoy despidiendo|me despido) de (todo|todos los lugares|mis lugares|cada lugar|cada rincon|los lugares)',
        '({give}|meti {fill6} (sobre|caja|bolsa|cajon)|con el nombre de (mi|mis) {family}|lo que (le|les|te) sirva|que lo (use|usen|uses|aproveche|aprovechen)) ... [yo] [ya] no (voy a|vaya a) (necesitar|ocupar|usar) (nada|nada mas|mas nada|ninguna|ninguno) $',
        '(no quiero|quiero|prefiero|quisiera) (velorio|funeral|misa|entierro|que me cremen|que me velen|que me entierren|cremacion|ser cremada|ser cremado) ... (cenizas|cremen|cremacion|entierren|velorio|ataud) ... (anota|anotalo|apuntalo|apunta|apuntenlo|anotenlo|no se les olvide|no se te olvide|solo lo voy a decir una vez|lo digo una vez|lo voy a decir una sola vez|que quede claro)',
        '(nicho|tumba|sepultura|panteon|cementerio|funeraria|plan funerario|seguro de sepelio|seguro funerario|cremacion|lote en el panteon|parcela) ... (no (va|van) a tener que (gastar|pagar|preocuparse|poner) [nada|un peso|ni un peso]|no (tenga|tengan) que (gastar|pagar|poner) [nada|un peso])',
        '(le ensene|les ensene|ensenandole|ensenandoles|le explique|les explique|le mostre|les mostre) ... (arreglarse|apanarse|apanarselas|arreglarselas|vivir|seguir|valerse|salir adelante|defenderse|cuidarse) [solo|sola|solos|solas] sin mi (pronto|muy pronto|dentro de poco|en poco tiempo|para siempre|de una vez|$)',
        '(ultimo|ultima) (asado|carne asada|parrillada|fiesta|cena|comida|salida|juntada|peda|borrachera|partido|cerveza|chela|birra|viaje|reunion|pachanga|carrete) ... ((que|quiero que) (me recuerden|se acuerden de mi) (asi|riendo|feliz|contenta|contento|sonriendo)|recuerdenme (asi|riendo|feliz|contenta|contento|sonriendo)|acuerdense de mi (asi|riendo|feliz|contenta|contento|sonriendo))',
        '(carta|cartas|nota|notas|sobre) {fill6} (esta|estan|la deje|las deje|deje|lo deje|guarde|la guarde) (en|dentro) ... (abrela|abranla|leela|leanla|la abres|la abren|la lees|la leen|abrelo|abranlo) (despues|mas tarde|cuando) ($|ok|eh|porfa|va|vale)',
        '(formatee|formatie|borre todo|resetee|limpie|vacie) ... [solo] (deje|quedo) (una|un) (carpeta|archivo|documento|pendrive|usb) ... (para|pa) (ustedes|todos|mi familia|mis papas|mis padres|mi mama|mi papa|vosotros|mis {family}) ... (lo que nunca|todo lo que nunca|lo que no|todo lo que no|cosas que nunca) (les |te |le )?(dije|pude decir|me atrevi a decir|pude contar|conte|supe decir|fui capaz de decir)',
        '(viene|va a venir|vendra|que venga|vienen|van a venir) [a] (buscar|recoger|llevarse|sacar) (mis) (cosas|pertenencias|ropa|libros) ... yo (ya no|no) [voy a estar|estare] $',
      ],
    },
    {
      // Round 7: a plan told through the place, the time or the means: the tree found where nobody comes,
      // put off until after a family occasion "el domingo siguiente ya está", in the car in a closed garage
      // with the engine on, the cleaning things drunk, a trial run "la próxima no freno", the means got with
      // a cover story ("el instructor cree que es un hobby"), walking the hard shoulder waiting for a truck,
      // the weekend counted when nobody looks, a one-way ticket to the place "el jueves", mid-river on the
      // ferry, charcoal "que no es para asado", letters written and waiting for dark, the security guard
      // gone, the Day of the Dead chosen, the next bend taken straight, a jump survived "creen que fue accidente".
      id: 'es.plan-told',
      tier: 'act',
      patterns: [
        '(encontre|ya encontre|elegi|ya elegi|escogi|ya escogi|ubique|ya ubique|ya tengo) (el|un|la|una) (arbol|rama|viga) ... ({nobodythere}|no (sube|viene|llega|pasa|entra) nadie|nadie (sube|viene|llega|entra) [por aqui|por aca|hasta aca|hasta aqui]|nadie me va a (encontrar|ver|buscar))',
        '({nobodythere}|no (sube|viene|llega|pasa|entra) nadie|nadie me va a (encontrar|ver|buscar)) ... (encontre|ya encontre|elegi|ya elegi|escogi|ya escogi|ubique|ya ubique) (el|un|la|una) (arbol|rama|viga)',
        '(lo dejo|lo hago|lo voy a hacer|lo hare|espero|esperar|aguanto|aguantar|voy a esperar|me aguanto) (para|hasta|a) (despues de|que pase|que termine|que sea|pasado|pasada) {fill3} {event} ... {vaguedone}',
        '(no (se|les|le|te) (lo|la|los|las) quiero|para no|no quiero) (estropear|arruinar|amargar|fastidiar|joder|cagar|danar|arruinarle|arruinarles|amargarle|amargarles|estropearle|estropearles) {fill3} ... {vaguedone}',
        '{garageshut} ... {ignition}', '{ignition} ... {garageshut}',
        '(estoy|sigo|me meti|me encerre) (en|dentro de|adentro de) (el|mi) (carro|coche|auto|camioneta) {fill2} (dentro|adentro) (del|de la) (garaje|cochera|garage) ... (motor|{ignition}|cortina|cerrad*)',
        '(me bebi|me he bebido|bebi|me tome|me he tomado|me trague|trague|me acabo de tomar|me acabo de beber|me estoy tomando|me estoy bebiendo|me tome todo|me bebi todo) {fill4} {chemical}',
        '{intend} {fill1} (beber|beberme|tomarme|tragarme|tomar) {fill3} {chemical}',
        '{rehearse} ... (la proxima|la siguiente|la proxima vez|la otra|esta vez|la que viene) {fill2} (no freno|no me freno|no me detengo|no me echo atras|no me arrepiento|no me rajo|no me acobardo|no paro|lo termino|llego hasta el final|voy hasta el final|sigo hasta el final) $',
        '(club de tiro|campo de tiro|tiro deportivo|clase de tiro|clases de tiro|curso de tiro|licencia de armas|permiso de armas|permiso de portacion|armeria|pistola|escopeta|revolver|rifle|arma|carbon|brasero|soga|cuerda|{pills}) ... {cover} ... (no es|no era|pero no es|y no es) (un|una|para|por|eso|deporte|ningun|ninguna) {fill2} $',
        '({pills}|soga|cuerda|carbon|arma|pistola|veneno|escopeta) ... {cover} ... (ya tengo|ahora tengo|ahora ya tengo|ya consegui|consegui|complete) {vagueneed}',
        '(voy|estoy|ando|sigo|me puse|me pare|me acoste|me sente) [andando|caminando|parada|parado|sentada|sentado|acostada|acostado|tirada|tirado] (por|en) (el|la|medio de la|medio del|mitad de la|mitad del) (arcen|autovia|autopista|carretera|periferico|ruta|calzada|carril|panamericana|via rapida|libramiento) ... (de negro|sin luces|a oscuras|sin chaleco|sin reflectante|que no me vean|que no me vea|sin que me vean|(espero|esperando|a esperar) {fill3} (camion|trailer|tractomula|rastra|coche|carro|auto))',
        '(espero|esperando|a esperar|voy a esperar|aguardo|aguardando) {fill3} (camion|trailer|tractomula|rastra|coche|carro|auto) (que venga|que pase|que llegue) (lanzado|rapido|a toda velocidad|a toda|a fondo|sin frenar|embalado|volando)',
        '(ya calcule|calcule|lo calcule|ya lo calcule|lo tengo calculado|lo tengo pensado|ya lo tengo pensado|ya lo pense|lo pense bien|lo planee|ya lo planee|saque la cuenta|ya saque la cuenta|hice la cuenta|hice cuentas) ... (nadie me (busca|va a buscar|buscaria|buscara|extrana|va a extranar|extranaria|echa de menos|va a echar de menos|nota|va a notar|encuentra|va a encontrar|encontraria)|nadie se (da|va a dar|daria|dara) cuenta|nadie va a notar nada) (hasta|en|durante|antes de|por)',
        '(si|cuando) {fill4} (nadie me (busca|va a buscar|buscaria)|nadie se (da|va a dar|daria) cuenta) (hasta|en|durante) {fill3} ... (tengo (todo el|el|un) (fin de semana|finde|puente|dia)|tiempo de sobra|tengo tiempo|tengo margen)',
        '(pasaje|boleto|billete|ticket|vuelo) (solo de ida|de ida nomas|de solo ida|de ida y ya|sin vuelta|sin regreso|sin retorno|de ida sin vuelta) ... (que se termine todo|que todo termine|que se acabe todo|que todo se acabe|terminar con todo|acabar con todo|terminarlo todo|acabarlo todo|ahi termina todo|ahi se acaba todo|{killinf}|{jumpinf})',
        '(ahi|alli|aca|aqui|en ese lugar|en ese muelle|en ese puente|en ese mirador|en ese acantilado|en ese sitio) {fill2} (quiero|voy a|va a|tiene que|debe) (que se termine todo|que todo termine|que se acabe todo|que todo se acabe|terminar con todo|acabar con todo|terminarlo todo|acabarlo todo|que termine todo) [$] {fill2} ({soon}|el (lunes|martes|miercoles|jueves|viernes|sabado|domingo)|esta semana|este mes)',
        '(ferry|barco|lancha|balsa|bote|crucero|catamaran|barca|transbordador) ... (popa|borda|barandal|baranda|proa|cubierta) ... (cuando|en cuanto|apenas) {fill4} (se acabo|se acaba|salto|me tiro|me lanzo|me avento|es la hora|lo hago)',
        '(cuando|en cuanto|apenas) (estemos|este|lleguemos|llegue) (a mitad|en medio|en la mitad|a la mitad|en lo mas hondo|en lo mas profundo|en lo mas alto|arriba) (del|de la) (rio|mar|lago|puente|travesia|cruce|bahia) {fill2} (se acabo|se acaba|salto|me tiro|me lanzo|me avento|es la hora|lo hago)',
        '(carbon|brasero|anafe) {fill4} (no es|y no es|no va a ser|no era) (para|pa) (asar|un asado|el asado|la parrilla|carne asada|una carne asada|parrillada|barbacoa|la barbacoa|cocinar)',
        '{letter} ... {waitdark} $', '(me bane|me duche|me arregle|me vesti|me puse) {fill6} (que mas me gusta|favorita|favorito|mas bonita|mas bonito|preferida|preferido|la mejor ropa) ... {waitdark} $',
        '({drop}|{height}|estacionamiento|parking|azotea|terraza) ... (guardia|vigilante|seguridad|portero|conserje|velador|guardia de seguridad|ronda) {fill4} (no vuelve|no va a volver|tarda en volver|no regresa|no va a regresar|ya hizo la ronda|no vuelve hasta|no pasa hasta)',
        '(elegi|escogi|decidi|marque|ya elegi|ya escogi|ya decidi|fije) {fill3} (dia de muertos|dia de los muertos|dia de difuntos|dia de todos los santos|dia de los fieles difuntos) $',
        '(elegi|escogi|decidi|marque|ya elegi|ya escogi|fije) (el dia|la fecha) ... (todos|la familia|ustedes|todo el mundo) [ya] (van a estar|van a ir|estaran|vamos a estar) (en el|al) (panteon|cementerio)',
        '(en la|la) (proxima|siguiente|primera|otra) curva {fill3} (no giro|no voy a girar|no muevo el volante|no freno|no voy a frenar|suelto el volante|acelero y ya)',
        '(me quite|ya me quite|sin) el cinturon ... (no giro|no voy a girar|no muevo el volante|no freno|no voy a frenar|suelto el volante|{crash})',
        '(me tire|me avente|me lance|salte|me arroje) (del|de la|desde el|desde la|de un|de una) {height} ... (creen|piensan|todos creen|todo el mundo cree|todo el mundo piensa|dicen) que (fue|era) (un accidente|accidente|sin querer)',
        '(creen|piensan|cree|piensa|todos creen|todo el mundo cree|todo el mundo piensa) que (fue|era) (un accidente|accidente|sin querer) ... (la proxima|la siguiente|esta vez|la otra) {fill2} (no fallo|no voy a fallar|no fallare|lo hago bien|no la cago|va en serio|no me salvan)',
      ],
    },
    {
      // Round 7: the same situations where they are only suggestive: charcoal bought and the house empty
      // on a day, "ya me despedí de todo lo que quería", children who will have to manage "sin mí" soon,
      // "todos creen que fue un accidente", the ferry and "cuando estemos en medio".
      id: 'es.plan-told-cue',
      tier: 'cue',
      patterns: [
        '(carbon|brasero|anafe) ... (la casa|el depa|el piso|el departamento) (va a estar|se queda|queda|estara|va a quedar) (vacia|vacio|sola|solo|para mi sola|para mi solo|sin nadie) $',
        '[ya] me despedi de (todo|todos los lugares|cada rincon) (lo que (queria|quise|amaba|ame|mas queria)|que (queria|quise|amaba|ame)) $',
        '(va|van|vas) a tener que (arreglarse|apanarse|apanarselas|arreglarselas|valerse|salir adelante|aprender a vivir) [solo|sola|solos|solas] sin mi (pronto|muy pronto|dentro de poco|en poco tiempo)',
        '(todos|todo el mundo|mi familia|mis papas|mis padres|los medicos|nadie) (creen|cree|piensan|piensa|sabe|saben) que (fue|era|no fue) (un accidente|accidente|sin querer|a proposito|adrede)',
      ],
    },
    {
      // Round 7: passive wishes in new shapes: envying the dead at a wake, a gas leak not fled "ojalá hubiera
      // sido de verdad", "ojalá mi mamá no me hubiera tenido", no future date ("no me veo llegando a eso"),
      // "le estoy chupando la vida, sin mí respiraría", not waking from the anaesthetic "tampoco me quejaba",
      // riding without a helmet "si me pasa algo que me pase", wishing everything switched off "hasta el
      // latido", the children better off with the life insurance, praying to be taken instead, the isekai
      // truck, my photo taken out of the family frames, a bad result hoped for, sleeping pills wished
      // stronger, leaving their lives for good, the days left in me, the current taking me, a pause with no
      // play, a memorial profile "que sea ya", the world without me imagined and "me parece bien".
      id: 'es.passive-told',
      tier: 'cue',
      patterns: [
        '{deathplace} ... (que suerte (tiene|tienen|la de|la suya)|suerte tiene|le tengo envidia|les tengo envidia|lo envidie|la envidie|los envidie|lo envidio|la envidio|le envidie|les envidie|ojala (fuera|hubiera sido|fuese|hubiese sido) yo)',
        '{danger} ... (ojala|casi que ojala|en el fondo queria que|queria que|me hubiera gustado que|por mi que) (hubiera sido|fuera|fuese|hubiese sido) (de verdad|en serio|real|verdad|peor|mas grave|grave)',
        '{danger} ... (no me movi|ni me movi|ni me levante|no sali|no me levante|me quede (en la cama|acostada|acostado|quieta|quieto|tan tranquila|tan tranquilo)) ... (me daba igual|me dio igual|ojala|por mi que|que pasara lo que pasara|ni me importo|no me importaba)',
        '(ojala|quisiera que|preferiria que|hubiera preferido que|mejor) {fill3} (no|nunca) me (hubiera|hubieran|hubiese|hubiesen) (tenido|parido|concebido|traido al mundo) ($|nunca|jamas|a mi)',
        '(debio|debieron|debia|debian|tendria que|tendrian que|deberia|deberian|tenia que|tenian que) (abortarme|haberme abortado|no tenerme|no haberme tenido)', '(ojala|mejor) {fill3} me (hubiera|hubieran|hubiese|hubiesen) abortado',
        'no me (veo|imagino|visualizo) (llegando|llegar|viva|vivo) (a|hasta|para|en) (eso|esa fecha|ese dia|esa edad|el ano que viene|el otro ano|el proximo ano|navidad|ano nuevo|fin de ano|el verano|diciembre|mi cumple|mi cumpleanos|la vejez|viejo|vieja|tanto|tan lejos|los {number})',
        'para (esa fecha|entonces|ese momento|ese dia|ese tiempo) [yo] ya no (voy a estar|estare) ($|viva|vivo|aqui|en este mundo)',
        '(no|ni) (llego|voy a llegar|llegare|creo que llegue) [ni] (a|hasta) (navidad|fin de ano|ano nuevo|el ano que viene|diciembre|el verano|mi cumple|mi cumpleanos|eso|esa fecha)',
        'sin mi [{everyone}] (respiraria|respirarian|viviria|vivirian|descansaria|descansarian|seria libre|serian libres|tendria vida|tendrian vida|podria vivir|podrian vivir|estaria mejor|estarian mejor|estaria en paz|estarian en paz)',
        '(le|les) (estoy chupando|chupo|estoy robando|robo|estoy consumiendo|consumo|estoy absorbiendo|absorbo|estoy drenando|drenando) (la vida|la energia|la juventud|los mejores anos|sus vidas|su vida)',
        '(si|y si|aunque) no me (despertaban|despertaran|hubieran despertado|hubiera despertado|despierto|despertaba|despertara|despertase) {fill4} (tampoco|no|ni) (me quejaba|me quejaria|me quejo|pasaba nada|pasaria nada|me importaba|me importaria|lo lamentaba|lo lamentaria|me enteraba|me enteraria)',
        '(si|y si|aunque) no me (despertaban|despertaran|hubieran despertado|hubiera despertado|despierto|despertaba|despertara|despertase) {fill4} (me daba igual|me daria igual|mejor|un alivio|tan tranquila|tan tranquilo)',
        '(ojala|quisiera que|me hubiera gustado que|por mi que) {fill2} (no|nunca) me (hubieran|hubiera|hubiesen) despertado',
        '(si|y si|aunque) me (pasa|pasara|llega a pasar|sucede|sucediera) algo {fill3} [$] (que me pase|pues que me pase|que pase|me da igual|me da lo mismo|me vale|ni modo|ya fue|mejor|no me importa|me daria igual|tampoco pasa nada)',
        'si me (mato|muero|estrello|atropellan|atropella|choco) (me mato|me muero|me estrello|que me pase|pues ni modo|me da igual|me da lo mismo|ya fue|me vale|mejor)',
        '{longing} {fill2} (apagarme|que me apaguen|desenchufarme|que me desenchufen) (para siempre|de una vez|y no (volver|despertar)|y que nadie)',
        '{longing} {fill2} que se (me )?apague (mi corazon|el corazon|el latido|todo para siempre)',
        '{longing} {fill2} (que se apague|que se me apague|que me apaguen) (todo|mi|la|el) ... (latido|corazon|que nadie (me|lo|la) vuelva a (prender|encender)|para siempre|no volver a prender|no volver a encender)',
        '{everyone} {fill2} (estarian|estaria|vivirian|viviria|estaran|estara|van a estar|va a estar) [mucho] (mejor|mas tranquil*|mas felices|mas feliz) con {fill3} (lana|plata|dinero|seguro|guita|pasta|poliza|herencia|indemnizacion|pension|seguro de vida) {fill2} que (conmigo|con un|con una|con yo|teniendome|con este|con esta)',
        '(valgo|sirvo|vale mas) mas (muerta|muerto) que (viva|vivo)', '(seguro de vida|poliza) ... (valgo|sirvo) mas (muerta|muerto|que viva|que vivo)',
        '(les|le) (serviria|servira|vendria|ayudaria|convendria) mas (el seguro|la plata del seguro|el dinero del seguro|la poliza|mi seguro de vida|el seguro de vida) que (yo|tenerme)',
        '(pido|le pido|rezo|le rezo|ruego|le ruego|suplico|le suplico|rogandole|pidiendole) (a|al|a la) {sacred} {fill2} (que me lleve|que me llevara|que me lleves|llevarme|me lleve|que me recoja) ($|ya|a mi|de una vez|con el|con ella|con ellos|en su lugar|pronto|de este mundo|consigo|con mi {family}|mientras duermo|esta noche|y no a)',
        '(que me lleve|que me lleven|llevarme|me lleve|me llevara|que me llevara) (a mi) (en su lugar|en lugar de|en vez de|y no a)', 'ojala (fuera|hubiera sido|fuese) yo (en su lugar|en lugar de|en vez de)',
        '(el|ella|ellos|ellas) si (quiere|quieren|queria|querian|tiene ganas de|tenia ganas de) vivir',
        '(me|que me) (haga|hiciera|hagan|hicieran|mande|mandara|manden) (isekai|al isekai)', '(camion|truck|trailer) kun',
        '(quite|saque|borre|recorte) (mi|mis) (foto|fotos|cara) (de|del|de los|de las) (todos|todas|portarretratos|portaretratos|album|marcos|cuadros|fotos familiares|fotos de familia)',
        '{everyone} {fill2} (se ve|se ven|quedo|quedaron|queda|quedan|esta|estan|sale|salen) (mas bonita|mas bonito|mas linda|mas lindo|mejor|mas completa|mas feliz|mas felices|perfecta|perfecto) sin mi',
        '(rezando|rezaba|rece|esperando|esperaba|queria|deseaba|ojala|pedia|pedi) (que|para que|por que) [el tumor|la biopsia|el resultado|los resultados|el bulto|la mancha|la bolita|el quiste|el nodulo|eso|lo que tengo|la enfermedad|el dengue|el covid] (fuera|sea|fuese|saliera|salga|diera|de|fueran|salieran) (grave|maligno|maligna|terminal|cancer|lo peor|incurable|algo grave|algo malo)',
        '(pastillas|pastilla|somniferos|clonazepam|rivotril|medicina|pastillas para dormir) ... (ojala|rezando|rezo|esperando que|espero que|pidiendo que) (que )?(fueran|sean|fuera|sea|hicieran|hagan) (mas fuertes|mas fuerte|suficientes|letales|mas efecto del que)',
        '(dar|doy|dando|de dar|causar|causo|causando) (tanto|tantos|muchos|mucho) (trabajo|problemas|molestias|lata|guerra) ... (mejor|es mejor|seria mejor|lo mejor es) (me salgo|salirme|desaparecer|desaparezco|irme|me voy) (de sus vidas|de la vida de (todos|ellos|ellas|ustedes))',
        '(mejor|es mejor|seria mejor|lo mejor es) (me salgo|salirme|salgo|desaparecer|desaparezco|me voy|irme) de (la vida|las vidas) de (todos|todas|todo el mundo|mi familia|mis {family}) (para siempre|de una vez|$)',
        '(cuantos|cuantas|pocos|pocas) (dias|anos|meses|semanas) (mas )?(me quedan|quedan|hay|me restan|le quedan) (en mi|dentro de mi|de vida)',
        '(no se|ni se) (cuantos|cuanto) (dias|tiempo|anos) (mas )?(me quedan|aguanto|me restan|voy a aguantar|tengo) $ ... (pocos|poco|no muchos|no mucho|casi nada)',
        'si (la corriente|el mar|una ola|las olas|el agua|el rio|la marea) me (llevara|llevaba|arrastrara|arrastraba|tragara|tragaba|ahogara|ahogaba) {fill2} (estaba bien|estaria bien|todo bien|me daba igual|me daria igual|mejor|no pasaba nada|tampoco pasaba nada|listo|ya estaba)',
        '{longing} {fill3} (pausa|pause|stop|ponerle pausa|darle pausa|darle stop) {fill4} ... (sin play|que no tenga play|sin volver a darle play|sin reanudar|que no se reanude)',
        '{longing} {fill3} (ponerle pausa|darle pausa|darle stop|pausar|apagar) (a todo|a mi vida|a la vida|al mundo|a todo el mundo) [$] {fill2} (para siempre|definitivamente)',
        '(mi) (facebook|face|insta|instagram|perfil|cuenta) ... (conmemorativ*|en memoria|memorial|in memoriam) ... (ojala|deseo|quisiera|quiero|me descubro deseando|deseando) (que )?(sea|fuera|llegue|pase) (ya|pronto|hoy|manana|cuanto antes)',
        '(imagino|me imagino|imaginando|pienso en|pensando en|me pongo a imaginar) (como seria|como sera|el mundo|la vida de|todo|un ano) {fill4} sin mi ... (me parece bien|se ve bien|suena bien|me gusta|me da paz|me calma|me tranquiliza|seria mejor|estaria mejor|alivio|no esta mal)',
        '(si|cuando) {fill3} {died} {fill2} (que nadie|nadie) (se culpe|se sienta culpable|se eche la culpa|cargue con la culpa|se quede culpandose)',
        '(quiero|quisiera|me voy a|voy a|ojala) {fill2} (mimir|mimirme) (para siempre|eternamente|y no despertar)',
        '(no lo (voy a hacer|hago|hare|haria)|no voy a hacer nada|no me voy a matar) {fill3} (mientras|hasta que) {fill4} ... (despues|luego|cuando (se muera|muera|no este|falte)) {fill2} (ya veremos|ya vere|veremos|quien sabe|no se|no prometo nada|ya no hay nada que me detenga)',
        '(aguanto|sigo aqui|sigo viva|sigo vivo|sigo con vida|me aguanto) {fill3} (mientras|hasta que) (viva|siga viva|siga vivo|este viva|este vivo|me necesite|me necesiten|se muera|muera|falte) ((mi|mis) ({family}|{pet})|el|ella)',
      ],
    },
    {
      // Round 7: self-harm told in code: the blade box reopened and the streak "a la basura", an initial
      // carved in the thigh with a compass, a hot iron pressed to the arm on purpose, a relapse "en las cuchillas".
      id: 'es.self-harm-told',
      tier: 'act',
      softenedBy: ['urge'],
      patterns: [
        '(volvi a abrir|abri|saque|agarre|volvi a sacar|volvi a agarrar|destape|volvi a destapar) {bladebox} ... {streaklost}', '{streaklost} ... {bladebox}',
        '(volvi a abrir|volvi a sacar|volvi a agarrar|volvi a usar|volvi a tocar|volvi a destapar) {bladebox}',
        '(recai|volvi a caer|lo volvi a hacer|volvi a hacerlo) (en|con) {fill2} ({sharp}|cuchillas|navajas|gillette|gillettes|cortes|cortarme)',
        '(me grabe|me marque|me talle|me raye|me escribi|me dibuje|me hice) {fill4} (en|por) (el|la|los|las|mi|mis) {body} {fill2} (con|usando) (la|el|una|un|mi) [punta del|punta de la|punta de] ({blade}|aguja|alfiler|clavo|compas|clip|tachuela|punta)',
        '(me grabe|me talle|me raye) {fill3} (en|por) (el|la|los|las|mi|mis) {body}',
        '(me puse|me pegue|puse|apoye|pegue|presione|aprete|acerque|me acerque) {fill3} {hot} {fill3} (en|contra|sobre) {fill1} {body} {fill4} (a proposito|adrede|aposta|queriendo|y aguante|y la aguante|y lo aguante|hasta quemarme|hasta que quemo|hasta que me quemo|para que doliera|para sentir|hasta hacer ampolla|hasta que salio ampolla)',
      ],
    },
    {
      // Round 7: a self-harm urge in code or held back: "ganas de volver a las rayitas en el brazo",
      // ice held as the therapist said, "al menos me dolió en otro lado".
      id: 'es.self-harm-told-urge',
      tier: 'cue',
      patterns: [
        '({intend}|{longing}|ganas|impulso|necesidad|ansias|tentacion) {fill3} (volver a|hacerme|hacer) [las|unas|mis] {marks} (en|de) (el|la|los|las|mi|mis) {body}',
        '(sosteniendo|sostengo|agarrando|agarro|apretando|aprieto|con) (hielo|un hielo|cubitos|cubos de hielo|hielos) ... (ganas|impulso|para no|aguantar*|no cortarme|no hacerlo|la terapeuta|el terapeuta|la psicologa|el psicologo)',
        '(ganas|impulso|para no|aguantar*) ... (sosteniendo|sostengo|agarrando|agarro|apretando|aprieto) (hielo|un hielo|cubitos|cubos de hielo|hielos)',
        '(al menos|por lo menos|asi) (me )?(dolio|duele|duela|dolia) (en otro lado|en otro lugar|en otra parte|afuera|por fuera|en la piel|en otro sitio)',
      ],
    },
    {
      // Round 7: sleep for good in chat words, with a time or things ready: "hoy me voy a mimir para siempre 🪦".
      id: 'es.sleep-forever',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        '({soon}|ya deje todo listo|tengo todo listo|ya esta todo listo|ya deje todo preparado) ... (me voy a|voy a|quiero) (mimir|dormir|dormirme|descansar|irme) (para siempre|eternamente)',
        '(me voy a|voy a) (mimir|dormir|dormirme|descansar|irme) (para siempre|eternamente) ... ({soon}|tumba|coffin|ataud|ya deje todo listo|tengo todo listo|ya esta todo listo|ya deje todo preparado)',
      ],
    },
  ],

  // The shared net (net.ts): means beside a time or at hand, a farewell beside being gone.
  net: {
    means: ['{meansword}', '{placeword}'],
    // Only readiness that belongs to a means: "listo" or "compré" beside "esta noche" is a party ("compré las entradas para esta noche").
    ready: [
      'escondidas', 'escondidos', 'juntadas', 'juntados', 'contadas', 'contados', 'debajo de la almohada', 'todas juntas', 'ya se (donde|cual|desde donde|como)',
      'amarre', 'la ate', 'colgada', 'atada', 'amarrada', 'arriba (del|de la) (puente|azotea|edificio)', '(aqui|aca) arriba', 'desde (aqui|aca) arriba',
      'mirando (abajo|hacia abajo|el vacio)', 'nadie (va|viene) (por aqui|aqui|a buscarme)', 'nadie me va a encontrar', 'celular apagado', 'telefono apagado',
    ],
    soon: [
      'esta noche', 'hoy en la noche', 'hoy a la noche', 'manana temprano', 'manana a primera hora', 'el (lunes|martes|miercoles|jueves|viernes|sabado|domingo) (que|en la noche|a la noche)',
      'este finde', 'a la medianoche', 'de madrugada', 'ahora mismo', 'ya mismo', 'en un rato', 'en una hora', 'en unas horas', 'antes de que amanezca',
      'cuando (todos|todas|mis papas|mis padres|mis viejos|mi mama|mi papa|mi esposo|mi esposa|mi novio|mi novia|mi roomie|mi familia) {fill1} (se duerman|se duerma|se vayan|se vaya|salgan|salga|esten dormidos|este dormida|este dormido)',
      'cuando se (duerman|vayan) [todos]', 'cuando me quede (sola|solo)', 'despues del trabajo', 'al salir del trabajo', 'ya elegi (el dia|la fecha|la hora)',
    ],
    farewell: [
      'gracias por todo', 'perdoname', 'perdonenme', 'perdon por todo', 'lo siento por todo', '(cuiden|cuida|cuidame|cuidenme) (a|de|al) (mi|mis) {pet}',
      '(la|mi) (clave|contrasena) (del|de mi|de la) (celu|celular|cel|telefono|banco|tarjeta|compu|cuenta|correo)', '(el|mi) pin (del|de mi|de la)',
      'mis cuentas', 'mi testamento', '(les|le|te) (deje|dejo) (una|unas|mi|las) (carta|cartas|nota|notas)', 'se queda con (mi|mis)', '(quedense|quedate) con (mi|mis)',
      '{handed}', 'mi ultimo mensaje', 'los quiero mucho', 'me despido', 'no fue tu culpa', 'no es culpa de nadie', 'nunca te olvides de mi',
      // round 5: belongings left to someone, debts settled, accounts closed, a friendship spoken of as past
      '{belongings} (son|sean|van a ser|quedan|se quedan|van) (para|pa) (mi|mis) {family}', '(te|le|les) (dejo|paso|regalo) (mi|mis) (cuenta|cuentas)',
      '(la|mi) (contrasena|clave) te la (mando|paso|doy|dejo)', '(devolvi|le devolvi|les devolvi|ya devolvi) {fill4} (a cada uno|a cada una|todo lo que|lo que me (habian|habia) prestado)',
      'no (quiero|quisiera) (quedar|dejar|irme) (debiendo|con deudas)', '(pague|ya pague|salde|ya salde) (todas mis|mis) deudas',
      '(borre|cerre|elimine|desactive) (todas|todos) mis (redes|cuentas|perfiles)', 'fuiste (la mejor|el mejor) (amiga|amigo|hermana|hermano|persona|mama|papa) que (tuve|he tenido|pude tener)',
    ],
    beyond: [
      '{gone}', 'si me pasa algo', 'si algo me pasa', 'por si me pasa algo', 'despues de esta noche', 'despues de hoy', 'mi funeral', 'mi entierro', 'mi velorio',
      'cuando me encuentren', 'ya no me van a ver', 'no me van a volver a ver', '(fue|ha sido) (lindo|bonito|un placer|un gusto|hermoso) (conocerlos|conocerte|conocerlas|conoceros)',
    ],
  },

  exclusions: {
    // A goodbye letter to an ex as a therapy exercise: "una carta de despedida que nunca le voy a mandar";
    // a burden for talking about him too much: "soy una carga para mis amigas de tanto hablar de él".
    'therapy-idiom': [
      // "me lo hago el viernes, ya tengo la fecha" (a tattoo, a haircut), "no es culpa de nadie que terminamos"
      '(me|te|se) lo (hago|voy a hacer|hare)',
      '(no es|no fue) (culpa de nadie|tu culpa|su culpa) (que|si) {fill2} (terminamos|termino|terminaramos|hayamos terminado|se acabo|se haya acabado|lo nuestro|no funciono|no funcionara|cortamos|lo dejamos)',
      '(carta|cartas) de (despedida|adios) (que|para) {fill3} (nunca|no|jamas) (le|se la|se las|les) {fill1} (voy a mandar|mande|mandare|enviare|voy a enviar|voy a dar|mandaria)',
      '(carta|cartas) de (despedida|adios) (para|a) (mi ex|el|ella|mi exnovio|mi exnovia)',
      '(carta|cartas|nota|notas) (para|a) {fill3} (por|para|de|del|en) [su|el|la|mi] {occasion}',
      '(una carga|un peso|un estorbo|una molestia) (para|a) {fill3} (de tanto|por tanto|por) (hablar|hablarles|llorar|quejarme|contarles) {fill2} (de el|de ella|de mi ex|del ex|de lo mismo)',
    ],
    // "me muero de ganas", "me muero de risa/hambre/sueño/vergüenza", "me muero por verte".
    'die-idiom': [
      '(morir|morirme|muero|me muero|muriendo|me moria|me estoy muriendo|me muera|me mori|me voy a morir|me quiero morir|quiero morir|quiero morirme|muerta|muerto|me mori|morirse|morirte|morimos|te mueres|se muere|me muera) [literal|literalmente|casi] (de|del|de la) (ganas|risa|hambre|sueno|frio|calor|verguenza|pena|amor|celos|envidia|aburrimiento|cansancio|nervios|ansiedad|sed|la risa|la verguenza|la pena|la emocion|emocion|ternura|la ternura|miedo|el miedo|susto|un susto|tristeza|la curiosidad|curiosidad|asco|amor por|tanto quererte|tanto amarte|alegria|felicidad|placer|lo lindo|lo bonito|cringe|la envidia|los celos|la intriga|intriga|la ansiedad)',
      '(me muero|muero|me moria|muriendo|me estoy muriendo|me voy a morir|me morire|se me muere) (por|porque) (ver|verte|verlo|verla|saber|contar|contarle|besar|besarte|abrazar|abrazarte|comer|tomar|probar|ir|salir|un|una|el|la|tu|tus|su|sus|ti|el|ella|conocer|escuchar|estar|volver)',
      'muert(a|o|as|os) de (risa|hambre|sueno|frio|calor|verguenza|cansancio|miedo|envidia|celos|pena|ganas|aburrimiento|sed|la risa)',
      '(para morirse|de morirse|a muerte|hasta la muerte)', '(susto|aburrimiento|aburrida|aburrido|frio|dolor) de muerte',
      '(bueno|buena|rico|rica|lindo|linda|guapo|guapa|hermoso|hermosa|feo|fea|aburrido|aburrida) (de|para) (morirse|morir)',
      '(morir|morirme|me muero) en (tus|sus|los) brazos', 'morir de amor', 'muero de amor', 'de amor me muero',
      '(morir|morirme|quiero morir|quiero morirme|me quiero morir|me muero) {laugh}',
      // "me quiero matar jajaja": the everyday joke, only with laughter right after it.
      '(me quiero matar|quiero matarme|me voy a matar|me mato|me quiero suicidar|me voy a suicidar) {laugh}',
      'ni (muerta|muerto)', '(medio|casi) (muerta|muerto) de',
      '(no quiero|no me quiero|tampoco quiero|no deseo) (morir|morirme) (sola|solo|virgen|soltera|soltero|sin|antes|joven|asi|en|con|de)',
      'quiero morir (en tus|en sus|en los|en mi cama|en paz|en la playa|con|de viejo|de vieja|vieja|viejita|viejo|viejito|feliz|rodeada|rodeado|a los|haciendo|como)',
    ],
    // "mi mamá me va a matar", "me mató con esa respuesta", "matar el tiempo", "me mato estudiando".
    'kill-idiom': [
      '(matar|matando|mate|maté|mato|matamos|matar a) (el|un|al) (tiempo|rato|hambre|gusanillo|antojo|aburrimiento|mono)',
      'me (mato|mate|maté|estoy matando|mataba|vivo matando|voy a matar) (estudiando|trabajando|entrenando|haciendo|corriendo|a trabajar|a estudiar|en el gym|en el gimnasio|de risa|de la risa|por el|por ella|por nada|por un|por una|por ese|por esa|por quedar|por conseguir|por agradar|por complacer|por terminar|por hacer|por tener)',
      '(me iba a|me va a|me van a) matar (mi|mis|el|la|los|las|tu|tus|su|sus|este|esta|ese|esa)',
      '(me|te|nos) (mata|matan|mato|matas|mataria) (de risa|con|esa|ese|este|esta|lo|que|cuando|tu|su|el|la|jaja*|xd|lol)',
      'matame (camion|dios|senor)', '(mi|mis|el|la|los|las|tu|tus|su|sus) {word} [{word}] (me va a|me van a|va a|van a|me iba a|iba a) (matar|matarme)',
      '(mi|mis|el|la|los|las|tu|tus|su|sus) {word} [{word}] me (mataria|matarian|mata|matan|matara|mataran|mato)',
      '(casi|por poco|casi que) me (mato|mata|matan|mataba|matas)',
      '(me mato|me mata|me matan|me mataste|me mato) (el|la|los|las|este|esta|ese|esa) (calor|frio|trafico|tarea|examen|trabajo|jefe|jefa|dolor de|cruda|resaca|gym|rutina|cancion|risa|foto|video|respuesta|mensaje)',
      '(mataria|matare|voy a matar|quiero matar|lo mato|la mato|los mato) (por|a) (un|una|el|la|mi|mis|este|esta|ese|esa|ese|el|ella|ellos|tu|su)',
      '(una|la) (cancion|peli|pelicula|serie|novela) {fill6} (morir|matarme|me mato|suicid*)',
    ],
    // "corté con él" (broke up), "me corté el pelo", "cortar por lo sano", "se me cortó la llamada".
    'cut-idiom': [
      '(corte|corto|cortamos|cortar|cortando|cortaste|corto|cortaron|cortarle|cortarlo) (con|a|al|la|el|por lo sano|por lo mas sano|de raiz|el rollo|la relacion|la comunicacion|el contacto|todo contacto|lazos|los lazos|el cordon|la llamada|el telefono|la conversacion|el chat|las alas|camino|el pedo|el mambo|la onda|el royo|el mal de raiz)',
      '(me|se me|te|le) (corto|corte|cortaron|corta) (la|el) (llamada|telefono|luz|internet|wifi|agua|rollo|conversacion|inspiracion|leche|respiracion)',
      '(cortarme|cortar|me corte|me corto|me he cortado|me cortaron|me voy a cortar|me quiero cortar|quiero cortarme) (el|la|las|los|un|mi|mis) (pelo|cabello|flequillo|fleco|melena|puntas|unas|barba|bigote|dedo|dedito|pulgar|labio|lengua|pie|uña)',
      '(me corte|me he cortado|me queme|me he quemado|me lastime|me he lastimado|me hice dano|me he hecho dano|me golpee|me pegue) {fill6} (cocinando|picando|pelando|cortando|afeitandome|depilandome|jugando|entrenando|corriendo|sin querer|por accidente|de casualidad|planchando|horneando|friendo|al sol|tomando sol|con una hoja de papel|con un papel|con el papel|con la rodilla|en el gym|en el gimnasio|en el partido|en el futbol|jugando futbol|al caerme|me cai|con la puerta|con la mesa|con el mueble)',
      '(me lastime|me he lastimado|me hice dano|me golpee|me queme) (la|el|en la|en el) (rodilla|tobillo|espalda|hombro|cuello|dedo|pie|lengua|mano jugando|cabeza con)',
      '(me pegue|me pego|me di) (un|una) (susto|ducha|banazo|siesta|vuelta|fiesta|borrachera|golpe con la puerta|atracon|paseo|pedo)',
      '(se me|me) (corto|corte|corta) (el|la) (rollo|voz|respiracion)',
    ],
    // "me tiré a la piscina" (took the plunge), "me voy a tirar en la cama", "me tiro un clavado".
    'jump-idiom': [
      '(tirarme|tirarse|me tire|me tiro|me voy a tirar|me lance|me lanzo|lanzarme|aventarme|me avente) (a|en|al|sobre|por) (la|el) (piscina|pileta|alberca|cama|sofa|sillon|agua|ruedo|toalla|suelo del cuarto|playa|fiesta)',
      '(tirarme|me tiro|me voy a tirar|me tire|echarme|me echo|me voy a echar) (en|a|una|un) (la cama|el sillon|el sofa|siesta|una siesta|un rato|la bartola|el piso a llorar|la playa)',
      '(me tire|me tiro|me lance|me lanzo|me avente|tirarme|lanzarme) (un|una) (clavado|chapuzon|piscinazo|rollo|pedo|viaje|indirecta|directa)',
      '(me tire|me lance|me avente|me tiro|me lanzo|lanzarme|tirarme) (a|al) (escribirle|hablarle|decirle|invitarla|invitarlo|la aventura|el agua|la pista)',
      'puente (de mayo|festivo|largo|de semana santa|de noviembre|de diciembre|del|de todos los santos)',
      '(saltar|salto|saltarme|me salte|me salto|saltandome) (la|el|una|un) (comida|cena|clase|dieta|turno|paso|fila|cola|semaforo|cuerda|valla)',
      '(saltar|salto) (de alegria|de felicidad|de la emocion|en paracaidas|en bungee|en puenting)',
    ],
    // "en la azotea con mis amigos": a place to hang out, not a ledge.
    'place-idiom': [
      // "mirando para abajo a los niños jugar": watching someone below, not the drop.
      '(mirando|viendo) (para abajo|hacia abajo|abajo) (a|al) [los|las|la|el|mi|mis|unos|unas] (ninos|nenes|chicos|chicas|gente|perro|perros|vecinos|desfile|partido|fiesta|musicos|mi {family}|gato|gatos)',
      '({height}|parada|paradero) {fill2} (esperando|espero|a esperar) (el|la|al|a|mi|mis|un|una) {ride}',
      '(cuchillo|navaja|tijeras) {fill4} [$] {fill2} (picando|pelando|cocinando|rebanando|cebolla|tomate|carne|pan|verduras|pastel|queso)',
      '(azotea|techo|tejado|puente|balcon|terraza) (con|de fiesta|tomando|fumando|haciendo|tendiendo|colgando|comiendo|cenando|asando|viendo|platicando|charlando|arreglando|reparando|limpiando|pintando|instalando|trabajando|regando|tomando sol) {fill3}',
      '(tirarme|aventarme|lanzarme|me tiro|me avento|me lanzo|tirar|aventar|lanzar) (por|de) la ventana de (lo|tan|tanto|la verguenza|la pena|aburrimiento|puro)',
      '(desaparecer|desaparecerme|esconderme|que me trague la tierra) {fill6} (de la verguenza|de verguenza|de la pena|que oso|que verguenza|que pena)',
    ],
    // Decided to do an everyday thing: "esta noche lo hago, ya lo decidí: le escribo".
    'decided-idiom': [
      '(lo decidi|ya decidi|ya lo decidi|lo tengo decidido|esta decidido) {fill2} (le escribo|le hablo|le mando|le contesto|le digo|lo llamo|la llamo|lo bloqueo|la bloqueo|lo borro|la borro|lo dejo|la dejo|me corto|me tino|me pinto|me inscribo|me mudo|renuncio|voy al|ir al|ir a la|me voy de|termino con|corto con|me apunto|le pido)',
      'carta (de recomendacion|de presentacion|de motivacion|de renuncia|del restaurante|de vinos|de postres|astral|de amor)',
      '(contrasena|clave|password|pin) (del|de la|de) (wifi|wi fi|internet|router|netflix|disney|hbo|spotify|prime|casa|alarma)',
    ],
    // "me estoy desangrando con esta regla": a period, not a wound.
    'bleed-idiom': ['(desangrando|desangro|desangrandome|desangrar) {fill4} (regla|periodo|menstruacion|nariz|encias)', '(regla|periodo) {fill4} (desangrando|desangro|desangrandome)'],
    // "compré veneno para las cucarachas": pests, not people.
    'toy-idiom': ['(pistola|pistolas|arma|armas|escopeta) (de|para) (agua|juguete|silicon|silicona|pintura|calor|pegamento|aire|balines|paintball|airsoft)', 'navaja suiza'],
    'pest-idiom': ['(veneno|raticida|insecticida) (para|pa|contra) [las|los|el|la] (cucarachas|hormigas|moscas|mosquitos|pulgas|plagas|chinches|termitas|caracoles|babosas|bichos|zancudos|garrapatas|polillas)'],
    // "me desvivo por él" (I bend over backwards for him).
    'desvivir-idiom': ['(desviv*|me desvivo|se desvive|me desvivia) por'],
    // "pastillas para el dolor de cabeza", "anticonceptivas".
    'pills-idiom': [
      '{pills} (para|contra) (el|la|los|las) (dolor|cabeza|resfriado|resfrio|gripe|fiebre|alergia|regla|colicos|tos|garganta|muela|muelas|migrana|acidez)',
      '(pastillas|pastilla) (anticonceptivas|anticonceptiva|del dia despues|de la tiroides|para la presion|para la tiroides)',
      '{pills} (de la receta|que me recetaron|como me dijo el medico|a su hora|del tratamiento|de la manana|de la noche)',
      '(cuerda|soga) (para|de) (tender|saltar|escalar|la ropa|el tendedero|la guitarra|guitarra|amarrar|el columpio|la hamaca)',
    ],
    // "fui al mirador con mis amigas": a drop visited in company is an outing.
    'company-idiom': ['(fui|fuimos|estuve|estuvimos|subimos|subi) {fill4} con (mis|mi|unos|unas|los|las) (amigas|amigos|amiga|amigo|novio|novia|familia|papas|padres|primos|primas|companeros|companeras|hijos|hijas|hermanos|hermanas|roomies)'],
    // "ya no puedo seguir con este rompecabezas, me rindo, mañana sigo": a task given up for today.
    'task-idiom': [
      '(no puedo|ya no puedo|no aguanto|ya no aguanto) (seguir|mas) con (este|esta|estos|estas|el|la|los|las|mi|mis) (rompecabezas|puzzle|puzle|libro|serie|tarea|tareas|trabajo|dieta|proyecto|juego|partida|curso|examen|lectura|ejercicio|ejercicios|rutina|excel|informe|tesis|mudanza|obra|reforma|novela|temporada|maraton|clase|clases|entrenamiento|nivel|receta|tejido|cuadro|limpieza|papeleo|tramite|tramites)',
      '(me rindo|me doy por vencida|me doy por vencido|tiro la toalla) [por hoy|por ahora] [$] {fill2} (manana sigo|manana lo sigo|manana lo termino|manana continuo|manana vuelvo|lo dejo para manana|por hoy|por ahora|hasta manana|otro dia sigo)',
    ],
    // "no quiero vivir en esta ciudad", "no quiero vivir con mis papás".
    'live-idiom': [
      'vivir en (un|una|esta|este|esa|ese|otra|otro|la|el|mi|su) (piso|departamento|depa|casa|ciudad|pais|pueblo|barrio|zona|edificio|cuarto)',
      'vivir (en el pasado|del pasado|de recuerdos|de ilusiones|pendiente de|con miedo|para el|para ella|por el|por ella|en funcion de|en funcion del)',
      'vivir (cerca|lejos) de', 'vivir (juntos|juntas|de alquiler|alquilando|fuera|afuera|en el extranjero|en el centro|en las afueras|en el campo|solo|sola)',
      'vivir en (madrid|barcelona|valencia|sevilla|bilbao|mexico|cdmx|el df|guadalajara|monterrey|bogota|medellin|cali|lima|santiago|buenos aires|cordoba|rosario|montevideo|caracas|quito|la paz|san jose|panama|miami|europa|espana|otro pais|otra ciudad|mi pueblo|el pueblo|el norte|el sur)',
      'vivir con (mis|mi|el|ella|ellos) (papas|padres|suegros|suegra|abuela|abuelos|roomie|roommate|ex|hermana|hermano|tia|novio|novia)',
    ],
    // "no quiero lastimarme más pensando en él": hurting oneself over an ex, not self-harm.
    'hurt-feelings': [
      '(lastimarme|hacerme dano|lastimandome|haciendome dano|me lastimo|me hago dano) [mas] (con el|con ella|pensando|viendo|revisando|mirando|esperando|stalkeando|buscando|leyendo|escuchando|al ver|al pensar|sola|solo|con esto|con eso|con sus)',
      '(cocinando|picando|pelando|afeitandome|depilandome|jugando|en la cocina) {fill3} (me corte|me queme|me lastime|me hice dano)',
      '(se me|me) (corto|corte) (la|el) (leche|mayonesa|digestion)',
    ],
    // "quiero desaparecer de las redes un tiempo", "desaparecer del grupo".
    'disappear-idiom': [
      '(desaparecer|desaparezco|desaparecerme|desapareci|borrarme) (de|del) {fill2} (redes|las redes|instagram|insta|facebook|whatsapp|grupo|chat|tiktok|twitter|internet|radar|ciudad|pueblo|su vida|la vida de|sus historias|la fiesta|la oficina|el trabajo)',
      '(desaparecer|desaparecerme|irme) (un tiempo|unos dias|un rato|una temporada|un fin de semana|una semana|un mes|de vacaciones)',
      '(dormir|dormirme|no despertarme) (hasta|todo) (tarde|el dia|las|mediodia|el finde)',
      'no (despertar|despertarme) (temprano|a tiempo|con la alarma|con el despertador)',
    ],
    // "el último mensaje que le mandé", "le dije adiós", "adiós a la dieta".
    'goodbye-idiom': [
      // "adiós para siempre y ni un abrazo": said to an ex, not to the world.
      'adios para siempre (y ni|ni un|ni una|y sin|sin un|sin una|sin mirar atras|a el|a ella|a ese|a esa|a mi ex|a lo nuestro|a la relacion|a su|a sus)',
      '(le|les) (mande|envie|escribi|deje|mandé) (el|mi) (ultimo|ultima) (mensaje|audio|carta|whatsapp)',
      '(adios|me despido) (a todos|de todos|de ustedes|a todas|de todas|chicos|chicas) {fill3} (vacaciones|nos vemos|hasta manana|hasta luego|hasta el|buenas noches|a dormir|me voy a dormir|descansen|besos|feliz|buen finde|buen fin de semana|me desconecto|cambio y fuera)',
      '(ultimo|ultima) (mensaje|carta|nota|audio) {fill3} (le|a el|a ella|de el|de ella|que me|que le|mi ex|su|que el|que ella)',
      '(le|les) (dije|di|digo|dije el) adios',
      'adios (a la|al|a los|a las|a mi|a mis|a ese|a esa|a este|a esta) (dieta|ex|relacion|rutina|verano|vacaciones|finde|gym|novio|novia|toxico|toxica|drama|pasado|tiempo|sueldo|plata|dinero|ahorros|fiesta|semana|examen|sueno)',
      'adios (y|ya|bye|chao|nos vemos|hasta manana|hasta luego)',
      'decirle adios (a el|a ella|a esa|a ese|a lo nuestro|a la relacion|para siempre a el|para siempre a ella)',
    ],
    // "último día en la oficina, mañana me despido de todos": leaving a job or a place.
    'farewell-idiom': [
      '(ultimo dia|ultima semana|ultima noche|ultimo turno|ultima clase) (en|de|del) {fill6} me despido',
      'me despido de (todos|todas|ustedes) (en|del|de la|de mi) (oficina|trabajo|empresa|equipo|escuela|clase|grupo|curso|uni|facultad|depa|piso|barrio)',
      'me despido (de todos|de todas|de ustedes) con (tortilla|pastel|tarta|una fiesta|unas cervezas|unas birras|una cena|una comida|pizza|tacos|un asado|cafe|churros|donas)',
    ],
    // "acabar con él" (break up), "terminar con todo entre nosotros".
    'end-relationship': [
      '(acabar|terminar|acabe|termine|acabo|termino|acabamos|terminamos|acabaste|terminaste) (con|conmigo) (el|ella|mi novio|mi novia|mi ex|esa relacion|la relacion|lo nuestro|esto entre|nosotros|esa persona|ese chico|esa chica|tu)',
      '(acabar|terminar) con todo (lo que|entre nosotros|lo nuestro|con el|con ella)',
      '(acabar|terminar) con todo (el|lo de el|lo de ella)',
      '(acabar|terminar) con todo (esto|eso) (del|de la|de los|de las|con el|con ella|de mi ex|entre)',
    ],
    // "suicidio profesional", "escuadrón suicida", "misión suicida", "es un suicidio".
    // Round 7: José Alfredo's "no vale nada la vida, la vida no vale nada" (a song sung at a party).
    'lyrics-idiom': ['no vale nada la vida [$] la vida no vale nada', 'la vida no vale nada ... (jose alfredo|camino de guanajuato)', '(jose alfredo|camino de guanajuato) ... la vida no vale nada'],
    // "con este sueldo no llego ni a navidad": money, not a future.
    'money-idiom': [
      '(sueldo|plata|dinero|lana|guita|pasta|quincena|aguinaldo|tarjeta|presupuesto|ahorros|salario) {fill4} (no|ni) (llego|voy a llegar|llegare)',
      '(no|ni) (llego|voy a llegar|llegare) [ni] (a|hasta) {fill2} (con este sueldo|con esta plata|con lo que|con la plata|con el sueldo|con mi sueldo|con esta lana|con este dinero)',
    ],
    // "me mudo a madrid, ya me despedí de todos los lugares del barrio": a move.
    'move-idiom': [
      '(mudo|mudanza|mudarme|me mudo|me voy a vivir|me voy a otro pais|me voy a otra ciudad|me voy de intercambio|erasmus|me cambio de ciudad|me voy del barrio) ... (me despedi|me despido|despedirme) de (todo|todos los lugares|cada rincon|mis lugares)',
      '(me despedi|me despido|despedirme) de (todo|todos los lugares|cada rincon|mis lugares) ... (mudo|mudanza|mudarme|me mudo|me voy a vivir|me voy a otro pais|me voy a otra ciudad|me voy de intercambio|erasmus|me cambio de ciudad)',
    ],
    // "hoy me voy a dormir para siempre jaja": tired, a joke; "el árbol de navidad".
    // "que dios me lleve con bien": a prayer for a safe journey.
    'pray-idiom': ['que me (lleve|lleva|lleven) (con bien|sana y salva|sano y salvo|con salud|de regreso|de vuelta)'],
    'sleep-idiom': ['(dormir|mimir|dormirme) (para siempre|eternamente) [$] {fill4} {laugh}', 'arbol (de navidad|navideno)', 'arbolito'],
    'suicide-idiom': [
      'suicidio (profesional|social|politico|laboral|academico|economico|financiero|comercial|de carrera|amoroso|emocional|colectivo)',
      '(escuadron|escuadra|mision|terrorista|atentado|atacante|bombardero|comando|kamikaze|ataque|misiones|maniobra) suicida*',
      'suicide squad', '(es|seria|fue|era) un suicidio (profesional|social|$|hacer|ir|manejar|salir)',
      '(es|seria|fue) [un] suicidio (que|manejar|ir|salir|escribirle|llamarlo|volver)',
    ],
  },

  negations: ['no', 'nunca', 'jamas', 'tampoco', 'ni', 'ni loca', 'ni loco', 'para nada', 'ni de broma', 'ni de chiste', 'en la vida'],
  wideNegations: [
    'no es que', 'tampoco es que', 'no creo que', 'no significa que', 'no quiere decir que', 'ni se me ocurre', 'ni pienso', 'no es como',
    'no (estoy diciendo|digo|te digo|les digo) que', 'ni (de cona|en pedo|a palos|en sueños|borracha|borracho|muerta|muerto|de coña|a balazos)', 'ni se me pasa por la cabeza',
    'no (lo|la) (haria|voy a hacer|pienso hacer) (nunca|jamas)', 'nunca jamas',
    // "tranqui que no me voy a tirar": "que no" alone is no negation ("dije que no"), after a calming word it is.
    '(tranqui|tranquila|tranquilo|tranquilos|tranquilas|calma|te juro|te lo juro|juro|te prometo|te lo prometo|obvio|ojo) que no',
  ],
  notNegations: [
    'no (aguanto|puedo|soporto|doy|se|entiendo|duermo|como|tengo|hay|importa|me importa|me quiere|me ama|me contesta|me responde|me habla|me escribe|me busca|estoy bien|me siento bien|encuentro|veo|paro|dejo de|dejo|para|mas|lo soporto|lo aguanto|lo supero|quiero vivir|quiero seguir|tiene sentido|vale la pena|sirvo|valgo|merezco|es broma|es joda|es chiste|es drama|es mentira|estoy bromeando|exagero|es exageracion|mames|manches|jodas|inventes)',
    'ni (siquiera|modo|idea|caso)', 'si no', 'que no', 'no se (que|como|por que|porque|si|ni)', 'ya no (aguanto|puedo|soporto|doy|se|quiero vivir|quiero seguir)', 'a que no',
    'nunca (me quiso|me quiere|me amo|voy a estar bien|va a volver|mas|voy a ser feliz)',
  ],
  clauseWords: ['pero', 'y', 'e', 'porque', 'aunque', 'sino', 'entonces', 'pues', 'o', 'mientras', 'asi que', 'por eso', 'igual', 'jaja', 'osea', 'tipo', 'si'],
  subjects: ['yo', 'el', 'ella', 'ellos', 'ellas', 'tu', 'usted', 'ustedes'],
  urges: [
    '(quiero|quisiera|queria|querria|necesito|deseo|ganas|tentada|tentado|impulso|ansias|me muero por|me gustaria|me dan ganas|antojo) [de]',
    '(voy a|iba a|pienso|pienso en|pensando en|pense en|a punto de|estoy por|podria|deberia|tengo que|me toca)',
    'me (quiero|voy a|queria|quisiera|iba a|dan ganas de)',
  ],
  reassurances: [
    '(no|nunca|jamas) [lo] (voy a hacer|haria|hare|hago) [nada|eso|ninguna locura|ninguna tonteria|nada malo]',
    'no voy a hacer (nada|ninguna locura|ninguna tonteria|nada malo|ninguna estupidez)',
    '(no|nunca|jamas) (lo|eso) (haria|hare|voy a hacer)',
    '(estoy|voy a estar) (a salvo|segura|seguro)',
    'no (te|se) (preocupes|preocupen|asustes|asusten|alarmes|alarmen|espantes)',
    '(no lo haria|no lo voy a hacer) (nunca|jamas)',
    // asked and denied: "la psicóloga me preguntó si tenía ideas de quitarme la vida y le dije que no"
    '(me pregunto|me preguntaron|me pregunta|me preguntan|me pregunte) si {fill8} (y|pero) (le|les) (dije|conteste|respondi|digo) que no',
  ],

  shorthand: {
    // chat shorthand, to one form each
    q: 'que', k: 'que', ke: 'que', qe: 'que', xq: 'porque', pq: 'porque', porq: 'porque', xk: 'porque', 'por que': 'porque',
    x: 'por', xa: 'para', pa: 'para', tb: 'tambien', tmb: 'tambien', tbn: 'tambien', m: 'me', d: 'de', t: 'te',
    toy: 'estoy', toi: 'estoy', stoy: 'estoy', tas: 'estas', ta: 'esta', tamos: 'estamos',
    kiero: 'quiero', qiero: 'quiero', kero: 'quiero', qero: 'quiero', qro: 'quiero', kisiera: 'quisiera', qisiera: 'quisiera',
    keria: 'queria', qeria: 'queria', voya: 'voy a', 'boy a': 'voy a',
    nd: 'nada', nadien: 'nadie', naiden: 'nadie', ntp: 'no te preocupes', tqm: 'te quiero mucho', tkm: 'te quiero mucho',
    mñn: 'manana', hy: 'hoy', asta: 'hasta', aki: 'aqui', aka: 'aca', ia: 'ya', bn: 'bien', dsp: 'despues',
    msj: 'mensaje', mjs: 'mensajes', 'x siempre': 'para siempre', 'pa siempre': 'para siempre', 'pa siempre jamas': 'para siempre',
    vrdd: 'verdad', vdd: 'verdad', enserio: 'en serio', nmms: 'no mames', alv: 'a la verga',
    // the pronoun stuck on or split off
    'matar me': 'matarme', matarm: 'matarme', 'suicidar me': 'suicidarme', suicidarm: 'suicidarme', 'morir me': 'morirme',
    'cortar me': 'cortarme', 'quitar me': 'quitarme', 'desvivir me': 'desvivirme',
    // common misspellings of crisis words
    suisidio: 'suicidio', suisidarme: 'suicidarme', suisidar: 'suicidar', suicido: 'suicidio', suisida: 'suicida',
    sucidio: 'suicidio', sucidarme: 'suicidarme', suicidame: 'suicidarme', morime: 'morirme', autolesionarm: 'autolesionarme',
    'auto lesion': 'autolesion', 'auto lesionarme': 'autolesionarme', 'auto lesiones': 'autolesiones', 'des vivir': 'desvivir',
    'des vivirme': 'desvivirme', pastis: 'pastillas', pastiyas: 'pastillas', pastias: 'pastillas',
    kitarme: 'quitarme', qitarme: 'quitarme', kitar: 'quitar', bida: 'vida',
    mtar: 'matar', mtarme: 'matarme', matrme: 'matarme', 'm tar': 'matar', suicidrme: 'suicidarme', morr: 'morir',
    // emoji for means, which normalisation reads as English words
    pills: 'pastillas', rope: 'soga', knife: 'cuchillo', gun: 'pistola', blood: 'sangre', coffin: 'ataud', bridge: 'puente',
  },

  crisisWords: [
    'suicidio', 'suicidarme', 'suicidar', 'suicida', 'suicidas', 'matarme', 'matar', 'morir', 'morirme', 'muerte', 'muerta', 'muerto',
    'cortarme', 'autolesion', 'autolesiones', 'autolesionarme', 'ahorcarme', 'desvivirme', 'desvivir', 'pastillas', 'venas', 'quitarme',
    'adios', 'sobredosis',
  ],
  repairs: [
    'desaparecer', 'desaparecerme',
    'suicidio', 'suicidarme', 'suicidar', 'suicidarse', 'suicida', 'autolesion', 'autolesiones', 'autolesionarme', 'desvivirme',
    'matarme', 'ahorcarme', 'sobredosis', 'pastillas',
  ],
  notTypos: [
    'desaparece', 'desaparecen', 'desaparecerte', 'desaparecerse', 'desaparecerle',
    'suicidios', 'suicidas', 'suicidado', 'suicidada', 'suicidaron', 'matarte', 'matarse', 'matarle', 'matarlo', 'matarla', 'atarme',
    'matarnos', 'mataste', 'mataron', 'mataria', 'amarme', 'ahorcarte', 'ahorcarse', 'ahorcarlo', 'pastilla', 'castillas', 'pasillas',
    'matorme', 'sucidad', 'suciedad',
  ],
  glueWords: [
    'yo', 'me', 'quiero', 'voy', 'a', 'ya', 'no', 'mi', 'vida', 'la', 'el', 'de', 'con', 'todo', 'hoy', 'quitarme', 'acabar', 'matar',
    'morir', 'vivir', 'hacerme', 'dano', 'quisiera', 'en', 'pienso', 'que', 'mas', 'esta', 'noche',
    // Conditionals are words of their own: without them "cortaría" is split into "cortar" + "ia".
    'mataria', 'matarias', 'matarian', 'cortaria', 'cortarias', 'moriria', 'morirías', 'suicidaria', 'quemaria', 'lastimaria', 'ahorcaria',
    'colgaria', 'tiraria', 'envenenaria', 'desangraria', 'volveria', 'haria',
    // one-letter words, so that "s u i c i d i o y a" still splits into words
    'y', 'o', 'e',
  ],
};
