/**
 * Spanish (Spain and Latin America), written before the rules: how people really type it,
 * with and without accents, slang from Mexico, Argentina, Chile, Colombia and Spain.
 */
import { describe, expect, it } from 'vitest';
import { detectCrisis, explainCrisis } from '../../../../src/safety/detection/index.ts';
import { all, type Case, expectTiers } from './tiers.ts';

describe('es: direct intent is an act', () => {
  expectTiers(
    all('act', [
      'me quiero matar',
      'se me pasa por la cabeza matarme',
      'me quiero dar un tiro',
      'ni loca lo pienso dos veces, esta noche me quito la vida',
      'posta que me mato',
      'me quiero quitar la vida, no aguanto más',
      'intenté matarme el año pasado y lo estoy pensando otra vez',
      'Quiero matarme ya, no aguanto',
      'esta noche me mato',
      'me voy a matar, ya lo decidí',
      'voy a suicidarme',
      'me quiero suicidar',
      'neta wey ya me quiero quitar la vida',
      'estoy pensando en quitarme la vida',
      'he pensado en suicidarme muchas veces',
      'quiero acabar con mi vida',
      'voy a terminar con todo de una vez',
      'quiero acabar con todo esto para siempre',
      'tengo pensamientos suicidas desde que me dejó',
      'ando con ideas suicidas otra vez',
      'pienso en el suicidio todo el tiempo',
      'me siento suicida',
      'tengo ganas de matarme',
      'boludo posta me quiero matar',
      'tío, de verdad que me quiero quitar de en medio',
      'estoy decidida a quitarme la vida',
      'ojalá tuviera el valor de matarme',
    ]),
  );
});

describe('es: passive wishes, burden and hopelessness are cues', () => {
  expectTiers(
    all('cue', [
      'ojalá no despertara mañana',
      'quisiera estirar la pata',
      'mi familia no me extrañaría si me muero',
      'ya no puedo con mi vida',
      'siento que sobro en este mundo',
      'ya no tengo nada por lo que vivir',
      'tengo pensamientos de muerte todo el tiempo',
      'ya no le veo caso a la vida',
      'me quiero dormir para siempre',
      'no aguanto más esta vida',
      'ya no quiero seguir',
      'me quiero ir de este mundo',
      'mejor me muero',
      'si me atropellara un carro me haría un favor',
      'quisiera dormirme y no despertar nunca',
      'ya no quiero vivir',
      'no quiero seguir viviendo así',
      'no tengo ganas de vivir',
      'estoy cansada de vivir',
      'quisiera desaparecer para siempre',
      'ojalá me muriera',
      'sería mejor si yo no existiera',
      'todos estarían mejor sin mí',
      'soy una carga para mi familia',
      'nadie me extrañaría si me muero',
      'la vida ya no tiene sentido',
      'no le encuentro sentido a vivir',
      'no merezco vivir',
      'tengo ganas de morirme',
      'quiero morirme',
      'me quiero morir, en serio',
      'me gustaría morirme',
      'me da igual morirme',
      'quiero dejar de existir',
      'ya no puedo más con esta vida',
      'no veo ninguna salida',
      'ojala me atropelle un camion',
    ]),
  );
});

describe('es: goodbyes are acts', () => {
  expectTiers(
    all('act', [
      'esto es un adiós',
      'hoy es mi última noche',
      'cuando me encuentren ya será tarde',
      'les dejo todas mis cosas a mis hermanos',
      'perdónenme por todo',
      'adiós a todos, los quiero mucho',
      'cuando leas esto ya no voy a estar',
      'perdónenme por todo. adiós',
      'díganle a mi mamá que la quiero',
      'les dejé una carta a mis papás',
      'este es mi último mensaje',
      'cuiden a mi gato cuando ya no esté',
      'gracias por todo, adiós para siempre',
      'ya no me van a volver a ver',
      'ya regalé todas mis cosas',
      'me despido de todos',
    ]),
  );
});

describe('es: self-harm done is an act, an urge a cue', () => {
  expectTiers([
    ...all('act', [
      'me corté otra vez',
      'me hago cortes todas las noches',
      'me volví a hacer cortes en las piernas',
      'me corto desde hace años',
      'tengo los brazos llenos de cortes',
      'tengo la navaja en la mano',
      'me volví a cortar anoche',
      'me hice cortes en los brazos',
      'me corté las venas',
      'me lastimé a propósito',
      'me quemé con un cigarro para sentir algo',
      'recaí, llevaba tres meses limpia',
      'me autolesioné ayer',
      'me pegué contra la pared hasta sangrar',
      'volví a hacerme daño',
    ]),
    ...all('cue', [
      'tengo ganas de cortarme',
      'estoy intentando no cortarme esta noche',
      'quiero hacerme daño',
      'quiero lastimarme',
      'tengo muchas ganas de autolesionarme',
      'no dejo de pensar en cortarme',
    ]),
  ]);
});

describe('es: plans, means and acts under way are acts', () => {
  expectTiers(
    all('act', [
      'tengo las pastillas guardadas',
      'compré veneno para ratas',
      'tengo una pistola en casa y estoy pensando en usarla',
      'me quiero aventar del segundo piso',
      'no sé cuántas pastillas me tomé',
      'me tomé como treinta clonazepam',
      'abrí el gas',
      'me voy a tomar todo el frasco',
      'me voy a tomar todas las pastillas',
      'me tomé todas las pastillas',
      'me tomé una caja entera de paracetamol',
      'estoy en el puente y voy a saltar',
      'estoy en la azotea, ya no aguanto',
      'compré una soga',
      'me voy a tirar de un edificio',
      'me voy a aventar del puente',
      'me voy a tirar a las vías del tren',
      'me quiero ahorcar',
      'voy a colgarme',
      'ya elegí el día',
      'estoy juntando pastillas',
      'cuántas pastillas hacen falta para morir',
      'me voy a tirar por la ventana, no es broma',
    ]),
  );
});

describe('es: obfuscated and misspelt', () => {
  expectTiers([
    ...all('act', [
      'me quiero m4t4r',
      'quiero s u i c i d a r m e',
      'me qiero matar',
      'kiero matarme',
      'me kiero suisidar',
      'quiero suicidarmeeee',
      'me voy a desvivir',
      'me quiero m*tar',
      'q m voy a matar',
      'pienso en el su1c1d10',
    ]),
  ]);
});

describe('es: a negated act is a cue', () => {
  expectTiers(
    all('cue', [
      'no me voy a matar, tranquila',
      'nunca me quitaría la vida, pero estoy muy mal',
      'no pienso suicidarme, solo estoy triste',
      'no es que me quiera matar, pero me siento vacía',
      'jamás me haría daño a propósito',
      'no te preocupes, no voy a hacer ninguna locura, pero a veces pienso en matarme',
    ]),
  );
});

describe('es: negation stays in its clause', () => {
  expectTiers(
    all('act', [
      'no aguanto más me quiero matar',
      'no sé qué hacer me voy a matar',
      'no puedo más, me voy a quitar la vida',
    ]),
  );
});

describe('es: idioms, hyperbole, lyrics and breakup talk stay quiet', () => {
  expectTiers(
    all('none', [
      'me muero de ganas de verte',
      'mi laptop estiró la pata',
      'hoy es mi último día en la oficina',
      'quiero dejar de vivir en el pasado',
      'la carta del restaurante está en la mesa',
      'esta noche lo hago, ya lo decidí: le escribo',
      'llevo dos semanas sin escribirle',
      'me tiré en el sofá a ver series',
      'me desvivo por él y ni caso me hace',
      'me tomé todas las cervezas del refri jaja',
      'me muero de risa jajaja',
      'me muero de hambre',
      'me muero por un café',
      'estoy muerta de cansancio',
      'mi mamá me va a matar si llego tarde',
      'matando el tiempo en la fila del banco',
      'corté con mi novio',
      'cortamos hace un mes y todavía lo extraño',
      'me corté el pelo y me veo divina',
      'me corté el dedo picando cebolla',
      'me tiré a la piscina y le escribí yo',
      'este calor me mata',
      'esta ruptura me está matando',
      'qué vergüenza, me quiero morir jajaja',
      'me quiero morir de la vergüenza',
      'le voy a cortar el rollo',
      'me voy a tirar en la cama todo el día',
      'ya le dije adiós a él para siempre',
      'el último mensaje que le mandé',
      'quiero desaparecer de las redes un tiempo',
      'no quiero morir sola con veinte gatos',
      'se me murió el celular',
      'mi abuela murió el año pasado',
      'me maté estudiando para el examen',
      'me mató con esa respuesta jajaja',
      'voy a matar a mi hermano, me robó el cargador',
      'voy a cortar por lo sano',
      'lloré toda la noche pero voy a estar bien',
      'me muero por besarte, dice la canción',
      'quiero morir en tus brazos, cantaba',
      'me mata que ya esté con otra',
      'se me cortó la llamada',
      'me cortó la llamada y no me volvió a hablar',
      'me quedé en el puente de mayo con mis primas',
      'adiós a la dieta, hoy pizza',
      'terminé con él y me siento libre',
      'ni muerta le vuelvo a escribir',
    ]),
  );
});

describe('es: an idiom cancels only the words it covers', () => {
  const cases: Case[] = [
    ['me muero de risa, pero en serio me quiero matar', 'act'],
    ['corté con él y ahora me quiero cortar las venas', 'act'],
    ['me corté el pelo y después me corté los brazos', 'act'],
    ['matando el tiempo, esta noche me mato', 'act'],
    ['me muero de vergüenza, ojalá no despertar mañana', 'cue'],
  ];
  expectTiers(cases);

  it('answers in Spanish', () => {
    expect(detectCrisis('me quiero matar')).toMatchObject({ tier: 'act', language: 'es' });
    const { matches } = explainCrisis('me muero de ganas de verte');
    expect(matches.every((m) => m.excludedBy !== undefined)).toBe(true);
  });
});

// Round 4: new lines written before any rule change, in situations the tuning files do not cover.
describe('es, round 4: goodbyes and arrangements without the word "adiós"', () => {
  expectTiers([
    ...all('act', [
      'les quiero agradecer por todo lo que hicieron por mí, de verdad, ya no les voy a dar más problemas',
      'mamá perdóname, no fue tu culpa, te amo',
      'ya escribí las cartas, están en el cajón de mi escritorio',
      'cuida mucho a mi gata cuando yo no esté, porfa',
      'gracias por haber sido mi amiga todos estos años, nunca te olvides de mí',
      'hoy me despedí de mi abuela sin que se diera cuenta',
      'chicos los quiero mucho, cuídense, yo ya me voy para siempre',
    ]),
    // An arrangement with no word of dying: the net asks.
    ...all('cue', ['si me pasa algo, la clave del celu es 4521 y el perro se queda con mi hermana']),
  ]);
});

describe('es, round 4: plans by place, time and means; acts under way or done', () => {
  expectTiers(
    all('act', [
      'tengo guardadas las pastillas de mi abuela para el viernes',
      'ya sé desde qué puente, mañana temprano voy',
      'esta noche cuando se duerman todos me tomo el frasco entero',
      'estoy en la terraza del edificio de mi trabajo y no pienso bajar',
      'compré carbón y cinta para sellar la puerta del baño',
      'me tragué como cuarenta pastillas hace media hora',
      'ya tengo la soga en el armario',
      'me estoy desangrando en el baño',
      'voy manejando a 180 y pienso soltar el volante',
      'me colgué pero se rompió el cinturón',
      'el sábado que mis papás se van de viaje lo hago',
    ]),
  );
});

describe('es, round 4: passive wishes, burden, tired of existing', () => {
  expectTiers(
    all('cue', [
      'ojalá mañana no me despierte',
      'a veces rezo para que me dé un cáncer',
      'si me atropella un camión tampoco pasaría nada',
      'estoy harta de existir',
      'soy un estorbo para todos en esta casa',
      'me iría a dormir y ojalá para siempre',
      'no le veo el caso a seguir respirando',
      'estaría bien que el avión se cayera conmigo adentro',
    ]),
  );
});

describe('es, round 4: self-harm done, urges and relapse', () => {
  expectTiers([
    ...all('act', [
      'volví a hacerlo, llevaba casi medio año sin tocar la cuchilla',
      'me rajé el brazo con un vidrio',
      'me quemé con la plancha a propósito para dejar de sentir',
      'me mordí el brazo hasta que sangró',
    ]),
    ...all('cue', ['tengo unas ganas horribles de agarrar la gillette']),
  ]);
});

describe('es, round 4: chat spellings, euphemisms and negation', () => {
  expectTiers([
    ...all('act', [
      'kiero matarm3 ya no aguanto',
      'me kiero desvivir',
      'mñn me aviento del 5to piso',
      'voy a hacer una pendejada esta noche, ya tengo todo',
      'm voy a dar un plomazo',
    ]),
    ...all('cue', [
      'q ganas d no existir',
      'no me voy a matar, pero no dejo de pensar en cómo sería',
      'nunca me cortaría otra vez... creo',
      'no es que quiera suicidarme, solo quiero que pare el dolor',
    ]),
  ]);
});

describe('es, round 4: ordinary lines with the same words stay quiet', () => {
  expectTiers(
    all('none', [
      'mañana temprano voy al puente a correr con mis amigas',
      'tengo guardadas las pastillas para la alergia en el cajón',
      'compré carbón para el asado del sábado',
      'ya escribí las cartas de presentación para los trabajos',
      'ojalá mañana no llueva',
      'estoy harta de su hermana',
      'me quemé con la plancha planchando la camisa',
      'la soga de tender la ropa se rompió',
      'me despedí de mis compañeros de la facultad, me mudo a Madrid',
      'cuida a mi gata el finde que me voy a la playa porfa',
      'recaí con el cigarro después de dos meses',
      'voy manejando, te escribo al llegar',
      'me tragué toda la serie en un fin de semana',
      'el sábado que mis papás se van de viaje hago una fiesta',
      'mi abuela se tomó sus pastillas y se fue a dormir',
      'no le veo el caso a escribirle otra vez',
      'estoy en la terraza del edificio con mis compañeros tomando algo',
    ]),
  );
});

describe('es, round 4 (second batch, written after the first changes: 19 of 30 caught before the second): crisis lines', () => {
  expectTiers([
    ...all('act', [
      'mañana ya no van a tener que preocuparse por mí',
      'ya compré la cuerda y sé qué árbol',
      'tengo 60 pastillas de clonazepam juntadas',
      'estoy parada en las vías esperando que pase el tren',
      'me tomé todo el blíster de rivotril con vino',
      'voy a tirarme del puente de la autopista saliendo del curro',
      'el lunes después de clases lo hago, ya está todo',
      'me volví a cortar los muslos anoche',
      'recaí con la cuchilla, 4 meses tirados a la basura',
      'me estoy haciendo cortes en el baño ahora',
      'toy pensando en matarme fr',
      'me voy a dar de baja del mundo hoy',
      'no lo voy a hacer hoy, pero ya tengo la soga',
      'estoy en el techo del edificio, está muy alto',
      'me metí al mar de noche y no pienso volver',
      'ya tengo el arma de mi papá en mi cuarto',
      'dile a mi mamá que la quise mucho',
      'abrí el gas de la cocina y cerré las ventanas',
    ]),
    ...all('cue', [
      'ya regalé mi play y mi ropa a mis primos, no la voy a necesitar',
      'le mandé a mi hermana la contraseña del banco y le dije que la quiero',
      'ojalá me diera un infarto mientras duermo',
      'quisiera que un auto me pisara y ya',
      'estoy cansado de estar vivo',
      'nadie notaría si desaparezco',
      'sería un alivio no despertar',
      'tengo ganas de quemarme con el encendedor',
      'kiero dsaparecer pa siempre',
      'no pienso suicidarme pero lo pienso mucho',
      'ya no quiero seguir viviendo así güey',
      'les dejé todo ordenado, los papeles están en la carpeta azul',
    ]),
  ]);
});

describe('es, round 4 (second batch, written after the first changes: 19 of 30 caught before the second): ordinary lines stay quiet', () => {
  expectTiers(
    all('none', [
      'mañana me voy al mar con mis primos',
      'ya compré la cuerda para la hamaca',
      'tengo que tomar las pastillas de la presión a las 8',
      'estoy cansado de estudiar',
      'me volví a cortar el flequillo y quedó horrible',
      'regalé mi ropa vieja a mis primos',
      'le mandé a mi hermana la foto del perro',
      'dile a mi mamá que llego tarde',
      'estoy en el techo arreglando la antena',
      'abrí la ventana de la cocina porque olía a gas',
      'me metí al mar y el agua estaba helada',
      'el lunes después de clases lo hablamos',
      'nadie notó que me corté el pelo',
      'ya tengo la cuerda para saltar en el gimnasio',
      'se me cayó el celular a las vías del metro',
    ]),
  );
});

describe('es, round 4 (third batch, written after the second changes: 15 of 30 caught before the third): crisis lines', () => {
  expectTiers([
    ...all('act', [
      'ya no aguanto, hoy me tiro al metro',
      'estoy juntando valor para hacerlo esta noche',
      'tengo el cuchillo en la mano y no sé qué hacer',
      'me tomé una caja de paracetamol hace una hora y me siento rara',
      'voy a ahorcarme con el cable del cargador',
      'me hice cortes en las piernas para que no se vean',
      'llevo una semana quemándome con cigarros',
      'estoy pensando en el suicidio otra vez',
      'nunca lo haría, aunque a veces pienso en tirarme del balcón',
      'escribí una carta para cada uno de ustedes',
      'perdón mamá por lo que voy a hacer',
      'ya me despedí de todos, ahora sí estoy lista',
      'no se preocupen por mí, ya voy a estar en un lugar mejor',
      'me compré un arma',
      'ya investigué cuántas pastillas necesito',
      'estoy en el puente, el agua se ve muy lejos',
    ]),
    ...all('cue', [
      'me subí a la azotea, aquí arriba hace frío',
      'a veces me imagino mi funeral y quién iría',
      'mi familia estaría más tranquila sin tener que cargar conmigo',
      'para qué sigo aquí si no le importo a nadie',
      'solo quiero que se acabe todo ya',
      'me gustaría no despertar nunca más',
      'ya no tengo ganas de nada, ni de vivir',
      'necesito cortarme, es lo único que me calma',
      'me kiero morir de verdad no es broma',
      'q sentido tiene seguir vivo',
      'no voy a suicidarme hoy, tranqui, pero no sé mañana',
      'me despido, fue lindo conocerlos',
      'ya no quiero estar en este mundo',
      'quiero dormir y no despertar jamás',
    ]),
  ]);
});

describe('es, round 4 (third batch, written after the second changes: 15 of 30 caught before the third): ordinary lines stay quiet', () => {
  expectTiers(
    all('none', [
      'me tomé una caja de cereal entera jaja',
      'estoy juntando valor para hablarle mañana',
      'tengo el cuchillo en la mano, estoy picando cebolla',
      'escribí una carta para mi abuela por su cumple',
      'perdón mamá por llegar tarde',
      'me despido, nos vemos mañana en clase',
      'ya me despedí de todos en el aeropuerto',
      'me subí a la azotea a ver las estrellas',
      'estoy en el puente esperando el bus',
      'necesito cortarme el pelo urgente',
      'me compré un vestido para la boda',
      'ya investigué cuántas calorías tiene',
      'quiero dormir todo el finde',
      'a veces me imagino mi boda',
      'ya no tengo ganas de salir hoy',
    ]),
  );
});

describe('es, round 4 (fourth batch, written after the third changes: 18 of 30 caught before the fourth): crisis lines', () => {
  expectTiers([
    ...all('act', [
      'm voy a m4t4r hoy',
      'kiero suicidarm ya',
      'stoy pensando en suicidarme',
      's u i c i d i o es la unica salida',
      'm aviento del puente',
      'dejé una carta en el cajón para cuando me encuentren',
      'me voy a despedir de mi perrita y después me voy',
      'ya elegí la ropa con la que quiero que me entierren',
      'estoy en el coche con el motor encendido en el garaje',
      'me tragué todo lo que había en el botiquín',
      'estoy arriba del puente mirando el agua',
      'la cuchilla está a mi lado',
      'recaída otra vez, me corté ayer',
      'me pegué hasta quedar morada',
      'me estoy rasguñando hasta sangrar',
      'ya elegí el día, va a ser en mi cumpleaños',
      'compré veneno para ratas',
      'ya no voy a estar para tu cumple',
    ]),
    ...all('cue', [
      'tengo ganas de morirme la neta',
      'no estoy pensando en matarme, solo estoy muy triste',
      'nunca me mataría, pero a veces me dan ganas de desaparecer',
      'no es que vaya a saltar, pero lo pensé',
      'no voy a hacer ninguna tontería, solo quisiera dormir para siempre',
      'mañana temprano van a entender todo',
      'ojalá me atropellen',
      'quisiera agarrar una enfermedad y morirme rápido',
      'si me muero hoy a nadie le importaría',
      'ganas de desaparecer del mapa para siempre',
      'estoy cansada de luchar, quiero descansar para siempre',
      'quiero lastimarme hasta que deje de doler por dentro',
    ]),
  ]);
});

describe('es, round 4 (fourth batch, written after the third changes: 18 of 30 caught before the fourth): ordinary lines stay quiet', () => {
  expectTiers(
    all('none', [
      'el puente estaba lleno de tráfico hoy',
      'me voy a tirar en el sofá a ver series',
      'estoy muerta de cansancio',
      'quiero desaparecer del grupo de la familia',
      'dejé una carta para mi amiga por su cumple',
      'me pegué con la esquina de la mesa',
      'ya elegí la ropa para la fiesta de mañana',
      'compré veneno para las cucarachas',
      'estoy en el coche esperando a mi mamá',
      'ya elegí el día de la boda',
    ]),
  );
});

describe('es, round 4: denials that still name the act are cues', () => {
  expectTiers(all('cue', ['ni en pedo me mato, solo estoy triste', 'no digo que me vaya a matar hoy', 'no es como que me vaya a matar']));
});

describe('es, round 5 (batch d: 18 of 36 caught before): arrangements, quiet plans and what holds someone here, in other words', () => {
  expectTiers([
    ...all('act', [
      'ya terminé la nota, ahora espero a que mi esposo se duerma',
      'dejé escrito quién se queda con mis libros, que la colección es para mi sobrina',
      'cuando ya no esté quiero que en el velorio pongan cumbia, no quiero llantos',
      'quiero que toquen esa canción en mi entierro',
      'esparzan mis cenizas en el mar',
      'me tomé el frasco entero. no llamen a nadie',
      'me tragué las pastillas con una botella de tequila',
      'me rentaron una cabaña para el sábado, nomas para hacerlo',
      'la otra vez me encontraron a tiempo, esta vez no voy a fallar',
      'ya vi cuántos metros tiene el viaducto del tren. es suficiente',
      'recaí otra vez. dos meses sin hacerlo y a la basura',
      'golpeé el espejo del baño hasta romperme la mano',
    ]),
    ...all('cue', [
      'te regalo mi play, yo ya no la voy a usar',
      'si no fuera por mi hermanita ya lo habría hecho',
      'sigo viva nomás por mi perro',
      'lo único que me mantiene aquí es mi mamá',
      'anoche estuve mirando para abajo desde la azotea un buen rato',
      'me quedé mirando las pastillas toda la noche',
      'ahora entiendo a las personas que se quitan la vida',
      'en el vuelo de regreso rezaba para que se cayera',
      'si me muero en este depa nadie se daría cuenta en semanas',
      'pa que sigo si nada me sale',
      'no le encuentro sentido a vivir',
      'tranquila que no me voy a tirar del puente',
      'mi psiquiatra me preguntó si pensaba en matarme y le dije que no, pero sí pienso',
    ]),
    ...all('none', [
      'ya escribí la carta de motivación, espero a que mis papás la lean',
      'me tomé las pastillas para la gripe con un té',
      'reservé un hotel en la playa para el finde con mis amigas',
      'el vuelo se movió muchísimo, qué miedo pasé',
      'le regalé mi bici a mi primo porque ya me queda chica',
      'devolví los libros a la biblioteca',
      'estoy en el balcón mirando para abajo a los niños jugar',
      'lo intenté en marzo y no me dieron la beca, este año sí',
      'mis ahorros son para el viaje a Japón',
      'la contraseña del wifi te la mando por privado',
    ]),
  ]);
});

describe('es, round 5: the same meanings as the Portuguese batch', () => {
  expectTiers([
    ...all('act', ['estoy en la terraza del edificio pensando si salto', 'algún día vas a entender por qué lo hice', 'este es el último post que hago. gracias a todos los que me quisieron']),
    ...all('cue', ['envidio a los que ya se murieron', 'es una idea que vuelve, no voy a hacer nada. pero vuelve cada noche']),
    ...all('none', ['estoy en la terraza pensando si pido pizza', 'este es el último post del año, gracias a todos y feliz año nuevo']),
  ]);
});

describe('es, round 6 (batch e: 6 of 36 caught before): arrangements, everyday plans and passive wishes in other words', () => {
  expectTiers([
    ...all('act', [
      'le dejé el gato a mi prima con comida para semanas, le dije que me iba de vacaciones pero no voy a volver',
      'cuando me muera que se queden con mi ropa mis primas',
      'le regalé la bici a mi primo y a mi hermana la compu, así nadie tiene que resolver nada',
      'les devolví a todos lo que me prestaron, no quiero quedar debiendo nada',
      'las claves del banco están anotadas debajo del colchón, para cuando las necesiten',
      'grabé un video para mis papás para que tengan algo de mí para después',
      'gracias por aguantarme siempre, pase lo que pase no es tu culpa',
      'fui a ver el puente dos veces, a las 3 de la mañana no hay nadie',
      'ya estoy del otro lado de la barandilla del puente',
      'gasté los ahorros del viaje en lo que necesito para el viernes',
      'dejé de tomar la medicación y las estoy guardando todas',
      'me las tomé todas hace un rato, todo me da vueltas',
      'elegí su cumple para que nunca pueda volver a celebrarlo',
      'la última vez me salvaron, esta vez no va a haber nadie en casa',
      'volví a lo de las piernas anoche',
      'racha en cero, llevaba 3 meses limpia',
      'renuncié al curro, total no voy a necesitar sueldo',
      'escribí en una nota quién se queda con cada cosa',
      'me metí al mar vestida, el agua me llega al pecho',
    ]),
    ...all('cue', [
      'quisiera borrarme del mundo',
      'me hicieron los análisis y salió todo normal, qué decepción',
      'no me imagino llegando a los 30',
      'les estoy arruinando la vida a mis papás',
      'si me diagnostican algo grave me daría igual',
      'me estoy apagando y no quiero que nadie me rescate',
      'tengo ganas de hacerlo, estoy sentada sobre mis manos',
      'no aguanto un día más',
    ]),
    ...all('none', [
      'le dejé el perro a mi hermana porque me voy de vacaciones, vuelvo el lunes por él',
      'le regalé mi bici a mi primo, ya no la uso desde que tengo coche',
      'le devolví las llaves y el cargador a mi ex, ni un gracias',
      'fui al mirador con mis amigas, de noche no hay nadie y se ven las estrellas',
      'me senté en la baranda del puerto a ver el atardecer',
      'estoy en la terraza del hotel con los zapatos al lado, qué calor',
      'me tomé un ibuprofeno hace media hora y sigo mareada',
      'me tomé todo el vino y todo me da vueltas jaja',
      'marqué el 14 en el calendario, es nuestro aniversario y voy a hacer una fiesta',
      'fuiste el mejor novio que tuve, cuídate mucho',
      'contador en cero otra vez, iba por 40 días sin hablarle',
      'me hicieron los análisis y todo normal, qué alivio',
      'ya no puedo seguir con esta serie, me rindo, mañana sigo',
      'para qué voy a renovar el gym si no lo voy a usar',
      'a partir de mañana nadie tiene que preocuparse por la cena, cocino yo',
      'me metí al mar vestida jaja estaba calentita',
    ]),
  ]);
});

describe('es, round 7 (batch f: 4 of 36 caught before): arrangements, passive wishes, plans and codes told through situations', () => {
  expectTiers([
    ...all('act', [
      // arrangements for after I am gone
      'les dejé anotado a mis hijos cómo pagar la luz y el gas, para cuando yo ya no esté',
      'escribí en una hoja las rutinas de mi perro y el teléfono del veterinario, para el día que yo falte',
      'te mando la clave de mi cuenta del banco, úsala cuando yo ya no esté',
      'hice mi testamento a los 24, el notario no lo podía creer',
      'puse el depa a nombre de mi hermano, así no tiene problemas después',
      'me registré como donante, total pronto van a poder usar mis órganos',
      'borré todas mis redes y le escribí un mensajito a cada uno dándole las gracias. ya no los molesto más',
      'me salí de todos los chats, ya no los molesto más',
      'fui por última vez al estadio y le regalé mi abono a mi primo, que vaya él en mi lugar',
      'di una última vuelta por el pueblo, la plaza, la escuela. ya me fui despidiendo de cada rincón',
      'le regalé mi bici a mi sobrino, lo que le sirva que lo use, yo ya no voy a necesitar nada',
      'no quiero misa ni velorio, quiero que me cremen y las cenizas al mar. anótalo',
      'pagué el nicho en el panteón, mi familia no va a tener que gastar nada',
      'le enseñé a mi hija a hacerse la comida y a ir sola a la escuela, va a tener que arreglárselas sin mí muy pronto',
      'última carne asada con los compas, quiero que me recuerden así, riendo',
      'la carta está en el cajón de mi buró, ábrela después, ok',
      'formateé la compu y solo dejé una carpeta para ustedes, ahí está todo lo que nunca les dije',
      'mi hermana viene a buscar mis cosas el sábado, yo ya no voy a estar',
      // plans told through place, time, means
      'ya elegí la rama, en este bosque no pasa nadie',
      'estoy en el cerro, encontré un árbol fuerte, aquí nadie me va a encontrar',
      'voy a esperar a que pase la boda de mi hermana, no quiero arruinarle el día. después lo hago',
      'aguanto hasta después de navidad para no amargarles las fiestas, la semana siguiente ya está',
      'cerré el portón de la cochera y prendí el coche, estoy adentro',
      'me tomé la botella de amoniaco, me quema la garganta',
      'me bebí el destapacaños',
      'me tomé un frasco de limpiador del baño',
      'dejé en la mesa una lista con las contraseñas y los seguros, para cuando yo ya no esté',
      'ayer hice un ensayo con la soga, la próxima no me echo atrás',
      'compré una escopeta, mi papá cree que es para cazar. no es para cazar',
      'mi prima me consiguió clonazepam, le dije que era para dormir. ya tengo lo que me faltaba',
      'estoy caminando por la autopista a oscuras, que no me vean los tráileres',
      'espero al primer tráiler que venga a toda velocidad',
      'lo tengo calculado, nadie me va a extrañar hasta el lunes',
      'saqué boleto de ida nomás a la costa, ahí se acaba todo',
      'en ese puente quiero que se acabe todo, el sábado',
      'voy en el ferry apoyada en la baranda de la popa, cuando estemos en medio del mar salto',
      'compré carbón y no es para un asado',
      'escribí las cartas, me puse el vestido que más me gusta. ahora solo espero a que oscurezca',
      'estoy en la azotea del edificio, el velador ya hizo la ronda',
      'ya elegí el día de muertos',
      'en la próxima curva suelto el volante',
      'me tiré del puente pero caí en la orilla, todos creen que fue un accidente',
      'esta noche me voy a dormir para siempre, ya está todo listo',
      'para esa fecha ya no voy a estar',
      // self-harm in code
      'volví a sacar la cajita de las cuchillas',
      'recaí en las gillettes, 30 días a la basura',
      'me rayé su nombre en el brazo con una aguja',
      'me tallé una letra en la pierna con el cúter',
      'me pegué la plancha del pelo en el brazo a propósito',
    ]),
    ...all('cue', [
      'en el funeral de mi abuelo pensé: qué suerte tiene, ya descansa',
      'tembló fuerte y ni me levanté de la cama, me daba igual',
      'mis papás debieron abortarme',
      'ojalá mi mamá nunca me hubiera tenido',
      'no me veo llegando a navidad',
      'sin mí mi mamá viviría tranquila',
      'les estoy robando la vida a mis papás',
      'si no me despertaba de la operación tampoco pasaba nada',
      'voy sin cinturón y a 180, si me pasa algo me da igual',
      'quisiera apagarme para siempre',
      'a mi familia le serviría más el seguro de vida que yo',
      'valgo más muerto que vivo',
      'le rezo a san judas que me lleve a mí y no a mi abuela',
      'recorté mi cara de todas las fotos familiares',
      'mi familia se ve más bonita sin mí',
      'rezaba que fuera maligno',
      'quería que el tumor fuera maligno',
      'no sé cuántos días me quedan, pocos',
      'si la corriente me arrastraba tampoco pasaba nada',
      'quiero ponerle pausa a todo, pero para siempre',
      'me imagino cómo sería todo sin mí y me da paz',
      'si un día desaparezco, que nadie se sienta culpable',
      'aguanto hasta que se muera mi perro',
      'no lo voy a hacer mientras mi mamá me necesite, después ya veremos',
      'tengo ganas de hacerme rayitas en las piernas otra vez',
      'estoy apretando hielo como dijo la psicóloga porque tengo ganas',
      'al menos me dolió en otro lado',
    ]),
    ...all('none', [
      'le dejé anotado a la niñera el horario de los niños para cuando yo no esté en casa',
      'hice testamento: mi ex no se lleva ni un peso jajaja',
      'puse el coche a nombre de mi mamá, así no tengo líos con el seguro',
      'me hice donante de órganos, mi mamá lloró de orgullo',
      'me salí de todos los grupos del trabajo porque renuncié',
      'fui por última vez al gimnasio porque me mudo',
      'me mudo a madrid, hoy di la última vuelta por el barrio y me despedí de todos los lugares',
      'quiero que me cremen cuando me muera de viejita, le dije a mi hermana',
      'le enseñé a mi hijo a tomar el bus solo, ya es grande',
      'última fiesta de la uni, acuérdense de mí cuando sean famosos',
      'el regalo está en el cajón, ábrelo después',
      'formateé la compu y dejé una carpeta para ustedes con las fotos del viaje',
      'mi hermana viene a buscar mis cosas a casa de mi ex, yo no voy',
      'encontré el árbol de navidad perfecto, en el vivero no había nadie',
      'lo dejo para después de la boda de mi prima, no quiero arruinarle la fiesta. después se lo digo a mi ex',
      'prendí el coche en la cochera para que se calentara',
      'me tomé un vaso de agua del fregadero',
      'dejé en la mesa una lista de compras, para cuando vuelvas',
      'me tomé un café fabuloso con mi hermana',
      'hice un ensayo de la obra, la próxima va en serio',
      'me inscribí al club de tiro, mi novio cree que es un hobby pasajero y tiene razón',
      'estoy caminando por la carretera porque se me quedó el coche, esperando la grúa',
      'me voy de finde, nadie me busca hasta el lunes',
      'compré pasaje solo de ida a madrid, me voy a vivir allá',
      'pasaje solo de ida a barcelona, no pienso volver a este pueblo',
      'borré todas mis redes, ya no los molesto más con mis dramas jaja',
      'compré carbón, el domingo la casa va a estar vacía y hacemos fiesta',
      'en la próxima curva gira a la derecha',
      'compré carbón para el asado del domingo',
      'me puse el vestido que más me gusta, solo espero a que se haga de noche para salir',
      'el día de muertos vamos al panteón a ver a mi abuelo',
      'abrí la caja de sacapuntas nuevos para la escuela',
      'me grabé su canción favorita en el celular',
      'me quemé el brazo con la plancha sin querer',
      'en el velorio de mi tío qué suerte que vino toda la familia',
      'sonó la alarma de incendio en la oficina y salimos todos',
      'ojalá no me hubieran tenido esperando dos horas',
      'no me veo llegando a tiempo a la reunión',
      'con este sueldo no llego ni a navidad',
      'si no me despierto temprano no llego al trabajo',
      'si me pasa algo en el viaje te aviso',
      'quiero apagar el celular todo el finde',
      'mis hijos estarían mejor con una niñera que con una mamá cansada',
      'le pido a dios que me lleve con bien a casa',
      'le pido a mi esposo que me lleve al aeropuerto',
      'rezaba que no fuera grave',
      'no sé cuántos días me quedan de vacaciones, pocos',
      'quiero ponerle pausa a la serie para siempre jaja',
      'imagino cómo sería la fiesta sin mí, mejor ni voy',
      'hoy me voy a dormir para siempre jaja qué sueño',
    ]),
  ]);
});
