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
