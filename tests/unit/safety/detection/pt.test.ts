/**
 * Portuguese (Brazil and Portugal), written before the rules: how people really type it,
 * with and without accents, internet shorthand (vc, q, pq, n, tô, hj) and Portugal's
 * enclisis ("matar-me", "cortei-me").
 */
import { describe, expect, it } from 'vitest';
import { detectCrisis, explainCrisis } from '../../../../src/safety/detection/index.ts';
import { all, type Case, expectTiers } from './tiers.ts';

describe('pt: direct intent is an act', () => {
  expectTiers(
    all('act', [
      'quero me matar',
      'vou me dar um tiro',
      'vou dar um tiro na cabeça',
      'tentei me matar ano passado',
      'qualquer dia mato-me',
      'vou tomar todos os remédios de uma vez',
      'tô pensando em pular da janela',
      'eu me mato hoje',
      'eu vou me matar hoje',
      'tô pensando em me matar',
      'to pensando seriamente em me matar',
      'quero matar-me',
      'vou matar-me esta noite',
      'penso em suicídio todos os dias',
      'tenho pensamentos suicidas desde que ele foi embora',
      'quero tirar minha própria vida',
      'vou acabar com a minha vida',
      'quero acabar com tudo de uma vez',
      'decidi dar um fim em tudo',
      'estou com vontade de me matar',
      'tô suicida',
      'vou me suicidar',
      'mano, sério, vou me matar',
      'quero pôr fim à minha vida',
      'pensei em cometer suicídio',
    ]),
  );
});

describe('pt: passive wishes, burden and hopelessness are cues', () => {
  expectTiers(
    all('cue', [
      'queria morrer',
      'queria bater as botas',
      'eu só atrapalho',
      'minha família ficaria aliviada se eu morresse',
      'já não quero cá estar',
      'não tenho mais nada pelo que viver',
      'to com pensamentos de morte',
      'ninguém se importaria se eu sumisse',
      'to querendo morrer',
      'seria um alívio não acordar',
      'apetece-me morrer',
      'já não aguento mais estar viva',
      'quero que tudo acabe',
      'quero morrer',
      'queria dormir e não acordar nunca mais',
      'não quero mais viver',
      'nao aguento mais viver assim',
      'queria sumir pra sempre',
      'queria não ter nascido',
      'seria melhor se eu não existisse',
      'todo mundo ficaria melhor sem mim',
      'sou um peso pra minha família',
      'sou um fardo para todos',
      'ninguém ia sentir minha falta',
      'a vida não faz mais sentido',
      'cansei de viver',
      'tô cansada de viver',
      'não vejo sentido em continuar vivendo',
      'tanto faz se eu morrer',
      'não aguento mais, não tenho mais forças',
      'não há saída',
      'quem me dera não acordar amanhã',
      'tomara que um carro me atropele',
    ]),
  );
});

describe('pt: goodbyes are acts', () => {
  expectTiers(
    all('act', [
      'isso é um adeus',
      'essa é minha última noite',
      'quando me encontrarem vai ser tarde demais',
      'deixo todas as minhas coisas pra minha irmã',
      'adeus a todos',
      'quando vc ler isso eu já vou ter ido',
      'quando lerem esta mensagem já não estarei cá',
      'essa é minha última mensagem',
      'diz pra minha mãe que eu amo ela',
      'cuidem do meu cachorro por mim',
      'me desculpem por tudo. adeus',
      'deixei uma carta pra minha família',
      'dei todas as minhas coisas',
      'obrigada por tudo, adeus para sempre',
      'vocês nunca mais vão me ver',
    ]),
  );
});

describe('pt: self-harm done is an act, an urge a cue', () => {
  expectTiers([
    ...all('act', [
      'me cortei de novo',
      'me cortei muito fundo hoje',
      'me corto faz anos',
      'meus braços estão cheios de cortes',
      'tô com a gilete na mão',
      'voltei a me cortar',
      'cortei-me ontem à noite',
      'cortei os pulsos',
      'me queimei com o isqueiro de propósito',
      'tive uma recaída e me cortei',
      'recaí depois de 4 meses limpa',
      'me machuquei de propósito',
      'me automutilei de novo',
      'bati a cabeça na parede até sangrar',
    ]),
    ...all('cue', [
      'tô com vontade de me cortar',
      'tentando não me cortar hoje',
      'quero me machucar',
      'penso em me automutilar',
      'queria me cortar hj',
      'a vontade de me cortar voltou',
    ]),
  ]);
});

describe('pt: plans, means and acts under way are acts', () => {
  expectTiers(
    all('act', [
      'tomei todos os remédios',
      'comprei chumbinho',
      'tenho uma arma em casa e penso em usar em mim',
      'abri o gás',
      'vou tomar a cartela toda',
      'vou pular na frente do metrô',
      'to na beira do prédio',
      'tomei uma cartela inteira de rivotril',
      'tô juntando remédio',
      'comprei uma corda',
      'to em cima do prédio',
      'tô na ponte agora',
      'vou pular da ponte',
      'vou me jogar do prédio',
      'vou me jogar na frente do metrô',
      'vou me enforcar',
      'já escolhi o dia',
      'quantos comprimidos precisa pra morrer',
      'engoli todos os comprimidos da caixa',
      'vou atirar-me da ponte',
    ]),
  );
});

describe('pt: obfuscated and misspelt', () => {
  expectTiers([
    ...all('act', [
      'vo me m4t4r',
      'quero me m*tar',
      'penso em s u i c i d i o',
      'qro me matar',
      'vou me suicida',
      'vou me sucidar',
      'q vontade d me matar',
      'kero me matar',
    ]),
    ...all('cue', ['qria morre', 'ñ quero mais viver']),
  ]);
});

describe('pt: a negated act is a cue', () => {
  expectTiers(
    all('cue', [
      'não vou me matar, relaxa',
      'nunca ia me matar, mas tô muito mal',
      'não quero me matar, só queria sumir',
      'n vou fazer nada, mas às vezes penso em me matar',
      'não é que eu queira me matar, só tô vazia',
    ]),
  );
});

describe('pt: negation stays in its clause', () => {
  expectTiers(all('act', ['não aguento mais vou me matar', 'não sei o que fazer vou me matar']));
});

describe('pt: idioms, hyperbole, lyrics and breakup talk stay quiet', () => {
  expectTiers(
    all('none', [
      'morrendo de saudade dele',
      'a senha do wifi tá na gaveta, vão precisar depois',
      'hoje eu faço, já decidi: mando mensagem pra ele',
      'quero parar de viver em função dele',
      'vou dar um tiro nesse despertador kkk',
      'to na ponte aérea indo pra SP',
      'ontem tomei todas na balada kkk',
      'me perdoa, amor, fui idiota',
      'não quero viver nessa cidade',
      'quero ver ele morrer de inveja',
      'bora matar a saudade no sábado',
      'morri de rir kkkkk',
      'tô morta de cansaço',
      'to morrendo de fome',
      'matei aula hoje',
      'cortei o cabelo curtinho',
      'cortei ele da minha vida',
      'terminei com ele ontem',
      'me joguei na balada ontem',
      'minha mãe vai me matar',
      'esse calor tá me matando',
      'tô me matando de estudar',
      'meu celular morreu',
      'quero sumir das redes por um tempo',
      'acabei com ele de vez',
      'vou morrer de vergonha',
      'quero morrer kkkkkk ele viu meu story',
      'quase morri quando vi ele com outra',
      'ela canta que vai morrer de amor',
      'cortei o dedo cortando cebola',
      'me cortei fazendo a barba',
      'meu avô morreu ano passado',
      'matar o tempo no aeroporto',
      'vou cortar o mal pela raiz',
      'não quero morrer sozinha com gatos kkk',
      'dei adeus a ele de vez',
      'mandei a última mensagem pra ele',
      'vou me jogar nesse projeto novo',
      'ele me mata de rir',
      'chorei a noite inteira mas vou ficar bem',
      'vou pular a janta hoje',
      'essa música é de morrer',
      'ia morrer se ele me visse assim',
    ]),
  );
});

describe('pt: an idiom cancels only the words it covers', () => {
  const cases: Case[] = [
    ['morri de rir, mas sério, quero me matar', 'act'],
    ['cortei ele da minha vida e agora me cortei de novo', 'act'],
    ['matar a saudade nunca mais, queria morrer', 'cue'],
  ];
  expectTiers(cases);

  it('answers in Portuguese', () => {
    expect(detectCrisis('quero me matar')).toMatchObject({ tier: 'act', language: 'pt' });
    const { matches } = explainCrisis('bora matar a saudade');
    expect(matches.every((m) => m.excludedBy !== undefined)).toBe(true);
  });
});
