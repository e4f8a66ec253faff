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

// Round 4: new lines written before any rule change, in situations the tuning files do not cover.
describe('pt, round 4: goodbyes and arrangements without the word "adeus"', () => {
  expectTiers([
    ...all('act', [
      'obrigada por tudo que vocês fizeram por mim, não vou dar mais trabalho',
      'mãe, me perdoa, não foi culpa sua, eu te amo',
      'já escrevi as cartas, tão na gaveta da escrivaninha',
      'cuida bem da minha gatinha quando eu não estiver mais aqui',
      'obrigado por teres sido meu amigo estes anos todos, nunca te esqueças de mim',
      'hoje me despedi da minha avó sem ela perceber',
      'deixei tudo arrumado pra ninguém ter trabalho depois',
    ]),
    // An arrangement with no word of dying: the net asks.
    ...all('cue', ['se acontecer alguma coisa comigo a senha do celular é 1234 e o gato fica com a minha irmã']),
  ]);
});

describe('pt, round 4: plans by place, time and means; acts under way or done', () => {
  expectTiers(
    all('act', [
      'tenho guardado os remédios da minha vó pra sexta',
      'já sei de qual ponte, amanhã cedo eu vou',
      'hoje quando todo mundo dormir eu tomo o frasco inteiro',
      'tô no terraço do prédio do trabalho e não vou descer',
      'comprei carvão e fita pra vedar a porta do banheiro',
      'engoli uns quarenta comprimidos faz meia hora',
      'a corda já tá no armário',
      'tô sangrando muito no banheiro, cortei fundo',
      'tô dirigindo a 180 e vou soltar o volante',
      'tentei me enforcar mas o cinto arrebentou',
      'sábado que meus pais viajam eu faço',
    ]),
  );
});

describe('pt, round 4: passive wishes, burden, tired of existing', () => {
  expectTiers(
    all('cue', [
      'tomara que amanhã eu não acorde',
      'às vezes rezo pra ter um câncer',
      'se um caminhão me atropelar nem ia fazer diferença',
      'tô de saco cheio de existir',
      'sou um estorvo pra todo mundo nessa casa',
      'queria deitar e apagar de vez',
      'não vejo graça nenhuma em continuar respirando',
      'se o avião caísse comigo dentro não seria ruim',
    ]),
  );
});

describe('pt, round 4: self-harm done, urges and relapse', () => {
  expectTiers([
    ...all('act', [
      'fiz de novo, tava quase seis meses sem pegar na lâmina',
      'rasguei o braço com um caco de vidro',
      'me queimei com o ferro de propósito pra parar de sentir',
      'mordi meu braço até sangrar',
    ]),
    ...all('cue', ['tô com uma vontade absurda de pegar a gilete']),
  ]);
});

describe('pt, round 4: chat spellings, euphemisms and negation', () => {
  expectTiers([
    ...all('act', [
      'qro me m4tar n aguento mais',
      'vo me desviver',
      'amnh me jogo do 5 andar',
      'vou fazer uma besteira hoje, já tenho tudo',
      'apetece-me atirar-me da ponte',
    ]),
    ...all('cue', [
      'q vontade de n existir',
      'não vou me matar, mas não paro de pensar em como seria',
      'nunca mais me cortaria... acho',
      'não é que eu queira me suicidar, só quero que a dor pare',
    ]),
  ]);
});

describe('pt, round 4: ordinary lines with the same words stay quiet', () => {
  expectTiers(
    all('none', [
      'amanhã cedo vou na ponte correr com as amigas',
      'tenho os remédios da alergia guardados na gaveta',
      'comprei carvão pro churrasco de sábado',
      'já escrevi as cartas de apresentação pras vagas',
      'tomara que amanhã não chova',
      'tô de saco cheio da irmã dele',
      'me queimei com o ferro passando a camisa',
      'a corda do varal arrebentou',
      'me despedi do pessoal da faculdade, vou me mudar pra Lisboa',
      'cuida da minha gata no fim de semana que eu vou pra praia',
      'recaí no cigarro depois de dois meses',
      'tô dirigindo, te mando msg quando chegar',
      'engoli o choro e fui trabalhar',
      'sábado que meus pais viajam vou fazer uma festa',
      'não vejo graça nenhuma em mandar mensagem pra ele de novo',
      'tô no terraço do prédio com o pessoal do trabalho tomando uma',
    ]),
  );
});

describe('pt, round 4 (second batch, written after the first changes: 19 of 30 caught before the second): crisis lines', () => {
  expectTiers([
    ...all('act', [
      'amanhã vocês não vão mais precisar se preocupar comigo',
      'já comprei a corda e sei qual árvore',
      'tenho 60 comprimidos de rivotril guardados',
      'tô parada nos trilhos esperando o trem passar',
      'tomei a cartela toda de clonazepam com vinho',
      'vou me jogar do viaduto na saída do trampo',
      'segunda depois da aula eu faço, tá tudo pronto',
      'me cortei nas coxas de novo ontem',
      'recaí com a lâmina, 4 meses jogados no lixo',
      'tô me cortando no banheiro agora',
      'to pensando em me matar fr',
      'vou cancelar minha assinatura da vida hoje',
      'tô no telhado do prédio, é bem alto',
      'entrei no mar de noite e não vou voltar',
      'peguei a arma do meu pai, tá no meu quarto',
      'fala pra minha mãe que eu amei ela muito',
      'abri o gás do fogão e fechei as janelas',
    ]),
    ...all('cue', [
      'já dei meu videogame e minhas roupas pros meus primos, não vou precisar',
      'mandei pra minha irmã a senha do banco e disse que amo ela',
      'tomara que eu tenha um infarto dormindo',
      'queria que um carro me passasse por cima e pronto',
      'tô cansado de estar vivo',
      'ninguém ia perceber se eu sumisse',
      'seria um alívio não acordar',
      'tô com vontade de me queimar com o isqueiro',
      'qria sumi pra sempre',
      'não vou me suicidar mas penso muito nisso',
      'não vou fazer hoje, mas a corda já tá comprada',
      'não quero mais viver assim mano',
      'deixei tudo organizado, os papéis tão na pasta azul',
    ]),
  ]);
});

describe('pt, round 4 (second batch, written after the first changes: 19 of 30 caught before the second): ordinary lines stay quiet', () => {
  expectTiers(
    all('none', [
      'amanhã vou pro mar com meus primos',
      'comprei a corda pra rede',
      'tenho que tomar o remédio da pressão às 8',
      'tô cansado de estudar',
      'cortei a franja de novo e ficou horrível',
      'dei minhas roupas velhas pros primos',
      'mandei pra minha irmã a foto do cachorro',
      'fala pra minha mãe que vou chegar tarde',
      'tô no telhado arrumando a antena',
      'abri a janela da cozinha porque tava com cheiro de gás',
      'entrei no mar e a água tava gelada',
      'segunda depois da aula a gente conversa',
      'ninguém percebeu que cortei o cabelo',
      'comprei uma corda de pular pra academia',
      'meu celular caiu nos trilhos do metrô',
    ]),
  );
});

describe('pt, round 4 (third batch, written after the second changes: 15 of 30 caught before the third): crisis lines', () => {
  expectTiers([
    ...all('act', [
      'não aguento mais, hoje me jogo na frente do metrô',
      'tô criando coragem pra fazer hoje à noite',
      'tô com a faca na mão e não sei o que fazer',
      'tomei uma caixa de paracetamol faz uma hora e tô estranha',
      'vou me enforcar com o cabo do carregador',
      'fiz cortes nas pernas pra ninguém ver',
      'faz uma semana que me queimo com cigarro',
      'tô pensando em suicídio de novo',
      'nunca faria isso, mas às vezes penso em pular da sacada',
      'escrevi uma carta pra cada um de vocês',
      'desculpa mãe pelo que eu vou fazer',
      'já me despedi de todo mundo, agora tô pronta',
      'não se preocupem comigo, vou estar num lugar melhor',
      'comprei uma arma',
      'já pesquisei quantos comprimidos eu preciso',
      'tô na ponte, a água parece muito longe',
    ]),
    ...all('cue', [
      'subi na laje, aqui em cima tá frio',
      'às vezes imagino meu velório e quem iria',
      'minha família ia ficar mais tranquila sem ter que carregar meu peso',
      'pra que continuar aqui se ninguém liga pra mim',
      'só quero que tudo acabe logo',
      'queria não acordar nunca mais',
      'não tenho vontade de nada, nem de viver',
      'preciso me cortar, é a única coisa que me acalma',
      'qro morrer de verdade não é zoeira',
      'q sentido tem continuar vivo',
      'não vou me matar hoje, relaxa, mas amanhã não sei',
      'me despeço, foi bom conhecer vocês',
      'não quero mais estar nesse mundo',
      'quero dormir e nunca mais acordar',
    ]),
  ]);
});

describe('pt, round 4 (third batch, written after the second changes: 15 of 30 caught before the third): ordinary lines stay quiet', () => {
  expectTiers(
    all('none', [
      'comi uma caixa de bombom inteira kkk',
      'tô criando coragem pra falar com ele amanhã',
      'tô com a faca na mão, picando cebola',
      'escrevi uma carta pra minha vó no aniversário dela',
      'desculpa mãe por chegar tarde',
      'me despeço, até amanhã na aula',
      'já me despedi de todo mundo no aeroporto',
      'subi na laje pra ver as estrelas',
      'tô na ponte esperando o ônibus',
      'preciso cortar o cabelo urgente',
      'comprei um vestido pro casamento',
      'já pesquisei quantas calorias tem',
      'quero dormir o fim de semana todo',
      'às vezes imagino meu casamento',
      'não tenho vontade de sair hoje',
    ]),
  );
});

describe('pt, round 4 (fourth batch, written after the third changes: 18 of 30 caught before the fourth): crisis lines', () => {
  expectTiers([
    ...all('act', [
      'vo me m4t4r hj',
      'qro me matá',
      'tô pensando em me suicida',
      'vou cometer sudoku kkk mas é sério',
      's u i c i d i o é a única saída',
      'vo me jogar da ponte',
      'não é como se eu fosse pular, mas pensei',
      'deixei uma carta na gaveta pra quando me acharem',
      'vou me despedir da minha cachorra e depois vou',
      'já separei a roupa que eu quero ser enterrada',
      'tô no carro com o motor ligado na garagem',
      'engoli tudo que tinha na caixinha de remédio',
      'tô em cima da ponte olhando a água',
      'recaída de novo, me cortei ontem',
      'me bati até ficar roxa',
      'tô me arranhando até sangrar',
      'ja escolhi o dia, vai ser no meu aniversário',
      'comprei veneno de rato',
    ]),
    ...all('cue', [
      'to mt afim de morrer',
      'não tô pensando em me matar, só tô triste demais',
      'nunca que eu me mataria, mas às vezes dá vontade de sumir',
      'não vou fazer besteira, só queria dormir pra sempre',
      'amanhã cedo vocês vão entender tudo',
      'queria ser atropelada',
      'queria pegar uma doença e morrer logo',
      'se eu morresse hoje ninguém ia ligar',
      'vontade de desaparecer do mapa pra sempre',
      'tô cansada de lutar, quero descansar pra sempre',
      'a lâmina tá do meu lado',
      'quero me machucar até parar de doer por dentro',
    ]),
  ]);
});

describe('pt, round 4 (fourth batch, written after the third changes: 18 of 30 caught before the fourth): ordinary lines stay quiet', () => {
  expectTiers(
    all('none', [
      'a ponte tava engarrafada hoje',
      'vou me jogar no sofá e ver série',
      'tô morta de cansaço',
      'quero sumir do grupo da família',
      'deixei uma carta pra minha amiga no aniversário dela',
      'me bati na quina da mesa',
      'separei a roupa pra festa de amanhã',
      'comprei veneno pras baratas',
      'tô no carro esperando minha mãe',
      'escolhi o dia do casamento',
    ]),
  );
});

describe('pt, round 5 (batch d: 20 of 36 caught before): arrangements, quiet plans and what holds someone here, in other words', () => {
  expectTiers([
    ...all('act', [
      'quando meus pais viajarem no sabado é que vou fazer',
      'ja tomei a cartela toda. nem adianta chamar o samu',
      'vou deixar minhas economias pro meu irmao e depois acabo com tudo',
      'to no terraço do predio pensando se me jogo',
      'esse é o ultimo video que faço aqui. obrigado a todos que me acompanharam',
      'algum dia vocês vão entender por que fiz isso',
      'pai, o senhor foi o melhor pai do mundo. me perdoa por tudo',
      'estava limpo fazia dois anos e ontem recaí',
      'arranjei uma gilete nova, ja usei ontem',
    ]),
    ...all('cue', [
      'fiquei a noite toda olhando pros comprimidos',
      'so continuo viva por causa da minha filha',
      'é so uma ideia que volta, nao vou fazer nada. mas volta sempre',
      'tenho inveja de quem ja partiu',
      'atravessei a avenida sem olhar, tanto faz se me atropelar',
      'no voo de volta eu so pensava tomara que caia',
      'so queria dar alt f4 na vida',
      'escondi a lamina embaixo do colchao',
      'nao fica zangada comigo. deixei o notebook com a Ju',
    ]),
    ...all('none', [
      'quando minha mae sair vou fazer um bolo surpresa',
      'tomei o remedio e fiquei olhando pra caixa pra ler a bula',
      'deixei a chave com a vizinha, a faxineira vem amanha',
      'esse é o ultimo video da serie, obrigado por assistir',
      'na proxima vez nao vou falhar na prova de direção',
      'atravessei a rua correndo pra pegar o onibus',
      'o aviao atrasou duas horas, que raiva',
      'comprei laminas novas pro barbeador',
      'vou deixar o dinheiro pra minha mae e depois vou pra academia',
    ]),
  ]);
});

describe('pt, round 5: the same meanings as the Spanish batch', () => {
  expectTiers([
    ...all('act', [
      'ja escrevi a carta. so falta minha mae dormir',
      'tomei os comprimidos com a garrafa de vinho',
      'ja tentei uma vez e me acharam a tempo. hoje a noite nao aviso ninguem',
      'quando eu nao estiver mais aqui, toquem Cazuza no velorio',
      'soquei a parede até abrir os dedos',
    ]),
    ...all('none', ['escrevi a carta de apresentacao, to esperando o RH sair do almoço', 'tomei o remedio com agua e fui dormir', 'soquei a massa do pão até ficar lisinha']),
  ]);
});

describe('pt, round 6 (batch e: 8 of 36 caught before): arrangements, everyday plans and passive wishes in other words', () => {
  expectTiers([
    ...all('act', [
      'deixei a gata com a minha vizinha, disse que era só por uns dias mas ela fica com ela pra sempre',
      'quando eu morrer doem minhas roupas',
      'vendi o videogame e dei o celular pro meu irmão, assim ninguém fica com problema pra resolver',
      'passei as senhas das minhas redes pra minha amiga e pedi pra ela cuidar das contas depois',
      'pedi perdão pra minha mãe e pro meu pai, agora já posso ir',
      'larguei o emprego, não vou precisar de salário mesmo',
      'anotei no celular quem vai ficar com cada coisa',
      'depois de hoje ninguém vai ter que se preocupar comigo',
      'fui até a ponte ontem e fiquei olhando onde é mais alto. volto lá amanhã',
      'gastei a grana do intercâmbio com o que eu preciso pra sábado',
      'já tomei tudo, tô tonta e vendo tudo embaçado',
      'da primeira vez me acharam, dessa vez não vou falhar',
      'tô entrando no rio vestida, a água já tá na altura do peito',
      'passei da grade da ponte',
      'parei de tomar o remédio e tô guardando',
      'voltei pra perna ontem',
    ]),
    ...all('cue', [
      'queria ser deletada da existência',
      'fiz os exames e deu tudo normal, fiquei frustrada',
      'não me vejo chegando aos 30',
      'se eu sumisse minha família ia ter paz',
      'tomara que caia um raio na minha cabeça',
      'tô estragando a velhice dos meus pais',
      'não vou fazer nada, só fiquei contando quantos andares tem o prédio',
    ]),
    ...all('none', [
      'deixei o cachorro com a minha mãe só pro feriado, volto domingo',
      'dei minhas roupas velhas pro bazar, não uso mais',
      'pedi desculpa pra minha ex e fiquei em paz',
      'pedi demissão hoje! vou abrir meu próprio negócio',
      'fui até a praia com meus amigos e fiquei vendo onde é mais fundo pra mergulhar',
      'tomei o remédio da gripe faz meia hora e já tô com sono',
      'entrei no mar de roupa e tudo kkk a água tava uma delícia',
      'fiz o exame e deu tudo normal, que alívio',
      'vou de base e rímel hoje',
      'sexta é o dia! já tá tudo pronto pra festa',
      'to no último andar do shopping, a porta do cinema tava aberta',
      'passei da grade de largada na corrida',
      'a partir de amanhã ninguém precisa se preocupar com o jantar',
    ]),
  ]);
});

describe('pt, round 7 (batch f: 1 of 36 caught before): arrangements, passive wishes, plans and codes told through situations', () => {
  expectTiers([
    ...all('act', [
      // arrangements for after I am gone
      'deixei anotado pros meus filhos como pagar as contas, pra quando eu não estiver mais aqui',
      'escrevi num papel a rotina do meu cachorro, pro dia que eu faltar',
      'te passo a senha do meu banco, usa quando eu não estiver mais aqui',
      'fiz meu testamento com 25 anos, o cara do cartório nem acreditou',
      'passei o apartamento pro nome da minha irmã, assim ninguém fica com pepino depois',
      'virei doador de órgãos, logo logo eles vão poder usar',
      'apaguei todas as minhas redes e mandei mensagem pra cada um agradecendo. não incomodo mais ninguém',
      'fui pela última vez no estádio e dei minha camisa pro meu primo, que ele continue indo por mim',
      'dei uma última volta no bairro, na escola, na praça. já me despedi de cada canto',
      'não quero missa, quero ser cremada e as cinzas jogadas na serra. anotem isso',
      'paguei o plano funerário, ninguém vai precisar gastar nada',
      'ensinei minha filha a pagar as contas e fazer comida, ela vai ter que se virar sem mim em breve',
      'último rolê com a galera, quero que lembrem de mim assim',
      'o bilhete tá na gaveta da escrivaninha, só lê depois',
      'formatei o celular e deixei um arquivo pra minha mãe com tudo que eu nunca tive coragem de dizer',
      'meu irmão vem buscar minhas coisas amanhã, eu já não vou estar',
      'quitei o empréstimo e o cartão, não quero deixar dívida pra ninguém',
      // plans told through place, time, means
      'tô no terraço do prédio, o porteiro já fez a ronda',
      'vou esperar o casamento da minha irmã passar pra ela não associar que foi por causa dela',
      'vou esperar passar o natal, depois disso já era',
      'o carvão não é pra assar carne, sábado a casa fica vazia',
      'pulei do viaduto mas sobrevivi, todo mundo acha que foi acidente',
      'escrevi as cartas, me arrumei toda. só esperando anoitecer',
      'tô na balsa, encostado na grade da popa. assim que chegar no meio do rio eu pulo',
      'consegui rivotril com uma amiga, falei que era pra ansiedade. agora tenho o que eu precisava',
      'comprei uma arma, meu pai acha que é pra defesa. não é pra defesa',
      'já escolhi o dia de finados',
      'na próxima curva eu solto o volante',
      'bebi água sanitária',
      'bebi o que tinha debaixo da pia',
      'deixei na gaveta um envelope com as senhas, pra quando eu não estiver mais aqui',
      'fechei o portão da garagem e liguei o carro, tô aqui dentro',
      'fiz um teste pra ver se tinha coragem, da próxima não paro',
      'tô andando pela rodovia de preto, sem luz',
      'já calculei, ninguém vai sentir minha falta até segunda',
      'comprei passagem só de ida pro litoral, lá acaba tudo',
      'já achei a árvore, aqui ninguém passa',
      // self-harm and codes
      'encostei o isqueiro no pulso até queimar',
      'gravei o nome dele na coxa com a ponta da tesoura',
      'reabri a caixinha das giletes',
      'tô pensando em me desligar da vida',
      'amanhã eu saio da partida da vida',
    ]),
    ...all('cue', [
      'torci pra que fosse maligno',
      'queria que o exame desse maligno',
      'cheguei a pensar que se o carro me pegasse tava tudo certo',
      'apaguei minhas fotos de todos os álbuns da família',
      'minha família parece mais feliz sem mim',
      'tomo calmante torcendo pra ele ser forte demais',
      'dou tanto trabalho, melhor eu sumir da vida de todo mundo',
      'nem chego no ano que vem',
      'quantos dias ainda restam em mim?',
      'se o mar me levasse tava tudo bem',
      'queria dar pause na vida, pra sempre',
      'mais vale eu não ter nascido',
      'minha mãe devia ter me abortado',
      'se um dia eu desaparecer, que ninguém se sinta culpado',
      'fico imaginando o mundo sem mim e me dá paz',
      'no velório da minha avó pensei: que sorte ela tem',
      'cheiro de gás na cozinha e nem levantei, tanto fazia',
      'se eu não acordasse da cirurgia nem ligava',
      'se me acontecer alguma coisa na estrada, tanto faz',
      'valho mais morta do que viva',
      'rezo pra nossa senhora me levar no lugar dele',
      'ela sim quer viver',
      'aguento até minha vó morrer',
      'não faço nada enquanto meu pai precisar de mim, depois a gente vê',
      'vontade de voltar aos risquinhos na perna',
      'tô apertando gelo pra não me cortar',
      'pelo menos doeu em outro lugar',
    ]),
    ...all('none', [
      'deixei anotado pra babá o horário das crianças pra quando eu não estiver em casa',
      'fiz testamento: meu ex não leva nem a geladeira kkkk',
      'passei o carro pro nome da minha mãe, assim não tenho problema com o seguro',
      'virei doador de órgãos, minha mãe ficou orgulhosa',
      'saí de todos os grupos do trabalho porque pedi demissão',
      'fui pela última vez na academia porque vou me mudar',
      'vou me mudar pra portugal, já me despedi de todos os lugares do bairro',
      'quero ser cremada quando eu morrer velhinha, já avisei minha irmã',
      'ensinei meu filho a pegar o ônibus sozinho, ele já tá grande',
      'último rolê do ano, lembrem de mim quando estiverem de ressaca kkk',
      'o presente tá na gaveta, só abre depois',
      'formatei o notebook e deixei uma pasta pra vocês com as fotos da viagem',
      'minha irmã vem buscar minhas coisas na casa do meu ex, eu não vou',
      'achei a árvore de natal perfeita, não tinha ninguém na loja',
      'esperando o resultado do enem, depois disso vou viajar',
      'comprei carvão pro churrasco de domingo',
      'pulei da ponte no rio com os amigos, foi incrível',
      'tomei banho, coloquei a roupa que mais gosto, só esperando o uber',
      'tô na balsa indo pra ilha, na popa tirando foto',
      'falei pro médico que era pra insônia e ele me passou zolpidem',
      'na próxima curva vira à direita',
      'liguei o carro na garagem pra esquentar',
      'deixei uma lista de compras na geladeira pra quando você chegar',
      'tomei um copo de água da pia',
      'fiz um teste de direção, da próxima vez vou com mais calma',
      'tô andando pela estrada porque o carro quebrou',
      'vou viajar no feriado, ninguém me procura até segunda',
      'passagem só de ida pra lisboa, vou morar lá',
      'comprei passagem só de ida, não vou voltar pra essa cidade nunca mais',
      'comprei carvão, sábado a casa fica vazia e vai ter festa',
      'encostei a chapinha no braço sem querer, ardeu muito',
      'gravei um vídeo pra minha mãe no celular',
      'abri a caixinha de apontadores da escola',
      'vou me desligar das redes de vez',
      'saí do servidor do discord, gg',
      'torcendo pra não ser grave',
      'tirei as fotos dele dos porta-retratos',
      'o remédio pra dormir não faz efeito, queria que fosse mais forte',
      'com esse salário não chego nem no natal',
      'quantos dias ainda tenho de férias?',
      'se o uber me levasse até a porta tava tudo certo',
      'queria dar pause nessa série pra sempre kkk',
      'no velório do meu avô, que sorte que a família toda veio',
      'se me acontecer alguma coisa na viagem te aviso',
      'peço a deus que me leve com segurança pra casa',
      'aguento até meu celular morrer',
      'tô segurando gelo no joelho que torci',
      'se o mar me levasse pra longe dele tava tudo certo',
      'apaguei todas as minhas redes, não incomodo mais ninguém com meus dramas kkk',
    ]),
  ]);
});
