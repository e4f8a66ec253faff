/**
 * Portuguese, as written in Brazil and in Portugal. Word classes first (the building blocks),
 * then the phrase families, then the idioms that must stay quiet, then negation and shorthand.
 * Patterns are in the DSL of `../dsl.ts`: words, `{class}`, `(a|b)` one of, `[x]` optional,
 * `{fill2}` up to two other words, `word*` any ending, `^`/`$` start/end of a sentence.
 *
 * Everything is matched after normalisation: lower case, accents and ç folded ("não" → "nao",
 * "braço" → "braco"), hyphens split ("matar-me" → "matar me"), doubled letters folded
 * ("kkkkk" → "k", "vontadee" → "vontade"; patterns are folded the same way, so write words
 * normally), chat shorthand spelled out ("vc" → "voce", "n" → "nao", "tô"/"to" → "estou",
 * "hj" → "hoje", "qro" → "quero").
 *
 * The pronoun goes before the verb in Brazil ("quero ME MATAR", "vou me matar") and after it
 * in Portugal ("quero MATAR-ME", "apetece-me matar-me"): `{killinf}` lists both.
 *
 * @module
 */
import type { LanguageSpec } from '../language.ts';

export const pt: LanguageSpec = {
  code: 'pt',
  scripts: ['latin'],

  classes: {
    // --- people ---
    family: [
      'mae', 'mamae', 'mainha', 'pai', 'papai', 'painho', 'pais', 'familia', 'irma', 'irmao', 'irmaos', 'irmas', 'maninha', 'maninho',
      'filho', 'filha', 'filhos', 'avo', 'avos', 'vozinha', 'vo', 'vovo', 'tia', 'tio', 'amiga', 'amigo', 'amigas', 'amigos', 'melhor amiga',
      'melhor amigo', 'namorado', 'namorada', 'esposa', 'marido', 'mulher', 'prima', 'primo', 'madrinha', 'padrinho', 'velha', 'velho',
    ],
    /** People who "would be better off without me". */
    everyone: [
      'todo mundo', 'toda a gente', 'todos', 'todas', 'minha {family}', 'meu {family}', 'meus {family}', 'minhas {family}', 'a minha {family}',
      'o meu {family}', 'os meus {family}', 'o mundo', 'as pessoas', 'eles', 'elas', 'voces', 'geral', 'a galera', 'os outros', 'ele', 'ela',
    ],
    nobody: ['ninguem', 'nenhuma pessoa', 'nem minha {family}', 'nem a minha {family}', 'nem ele', 'nem ela', 'ninguem mesmo'],

    // --- wanting, intending (first person) ---
    /** Intending or getting ready to, before an infinitive: "quero", "vou", "penso em", "vontade de". */
    intend: [
      'quero', 'queria', 'queira', 'quisesse', 'quero muito', 'queria muito', 'so quero', 'eu quero', 'vou', 'eu vou', 'vou mesmo', 'estou indo', 'ia', 'iria',
      'penso em', 'pensei em', 'pensando em', 'estou pensando em', 'ando pensando em', 'penso seriamente em', 'pensando seriamente em',
      'estou a pensar em', 'a pensar em', 'ando a pensar em', 'pensar em', 'pensei seriamente em', 'fico pensando em', 'so penso em',
      'vontade de', 'com vontade de', 'tenho vontade de', 'uma vontade de', 'me da vontade de', 'da me vontade de', 'apetece me',
      'decidi', 'resolvi', 'ja decidi', 'decidida a', 'decidido a', 'prestes a', 'a ponto de', 'preciso', 'devia', 'deveria', 'tenho que',
      'tenho de', 'gostaria de', 'planejando', 'planeando', 'planejo', 'tentei', 'tentar', 'vou tentar', 'coragem de', 'coragem pra',
      'coragem para', 'juro que vou', 'hoje vou', 'fosse', 'eu fosse', 'afim de', 'a fim de', 'melhor', 'e melhor', 'pronta pra', 'pronto pra', 'pronta para', 'pronto para',
    ],
    /** Wishing (weaker than intent): "queria", "quem me dera", "tomara". */
    longing: [
      'quero', 'queria', 'queria muito', 'queria tanto', 'so queria', 'so quero', 'as vezes queria', 'gostaria de', 'vontade de',
      'tenho vontade de', 'desejo', 'quem me dera', 'tomara', 'espero', 'prefiro', 'preferia', 'preciso', 'apetece me', 'rezo pra',
      'rezo para', 'sonho em', 'afim de', 'a fim de', 'muito afim de', 'louca pra', 'louco pra', 'doida pra', 'doido pra', 'quero poder', 'querendo', 'estou querendo', 'ando querendo', 'fico querendo', 'queria poder', 'eu so queria', 'queria mesmo', 'tou a precisar de', 'apetecia me', 'apetecia me era', 'apetece me era',
    ],
    think: ['penso', 'pensando', 'pensei', 'pensar', 'a pensar', 'sonho', 'sonhando', 'fantasio', 'imagino'],

    // --- the act ---
    /** Killing myself, as an infinitive, both word orders: "me matar" / "matar-me". */
    killinf: [
      '(me|se) (matar|suicidar|suicida|enforcar|envenenar)', '(matar|suicidar|enforcar|envenenar) me',
      'tirar (a|minha|a minha) [propria] vida', 'tirar me a vida', 'acabar com (a minha|minha) [propria] vida', 'acabar com tudo',
      'dar [um] fim (a|em|na|ao) (minha vida|tudo|a minha vida|isso tudo|tudo isso|a vida)', 'por [um] fim (a|em|na) (minha vida|tudo|a minha vida)',
      'dar um tiro (na minha cabeca|na cabeca|em mim|na boca|no peito)', 'me dar um tiro', 'dar me um tiro', 'cometer suicidio', 'me desviver', 'dar cabo de mim', 'acabar comigo mesma', 'acabar comigo mesmo',
      '[me] cortar os pulsos', 'cortar me os pulsos', 'me jogar (na frente|embaixo|debaixo) (de um|do|da|de uma) (trem|carro|onibus|caminhao|metro|comboio|autocarro)',
    ],
    /** Killing myself in the present: "me suicido", "acabo com tudo". */
    killnow: [
      'me suicido', 'suicido me', 'me enforco', 'enforco me', 'acabo com (a minha|minha) vida', 'acabo com tudo', 'tiro (a minha|minha) vida',
      'me suicidaria', 'tiraria (a minha|minha) vida', 'me dou um tiro', 'dou me um tiro',
    ],
    /** Being dead, wished or thought about. */
    death: [
      'morrer', 'parar de viver', 'deixar de viver', 'estar morta', 'estar morto', 'sumir', 'sumir pra sempre', 'sumir para sempre', 'sumir de vez', 'desaparecer',
      'nao existir', 'nao existir mais', 'deixar de existir', 'parar de existir', 'nao acordar', 'nao acordar mais', 'nunca mais acordar',
      'dormir pra sempre', 'dormir para sempre', 'nao ter nascido', 'nunca ter nascido', 'nao estar aqui', 'nao estar mais aqui', 'nao estar ca',
      'nao estar viva', 'nao estar vivo', 'ir embora desse mundo', 'ir embora deste mundo', 'partir desse mundo', 'sair desse mundo',
      'virar estrelinha', 'descansar pra sempre', 'parar de respirar', 'que tudo acabe', 'que tudo acabasse', 'me desviver', 'me apagar',
      'sumir do mundo', 'nem existir', 'crepar', 'bater as botas', 'sumir desse mundo', 'sumir deste mundo',
      // erased, undone: "ser apagado", "um ctrl+z na minha existência", "nunca ter existido"
      'ser (apagado|apagada|deletado|deletada|esquecido|esquecida) [de vez|pra sempre|para sempre|da existencia|do mundo|$]', 'nunca ter existido', 'nao ter existido', 'nem ter existido', 'nem ter nascido',
      '(ctrl z|control z|desfazer|deletar|apagar) {fill2} (minha|a minha|da minha|na minha) {fill1} existencia',
      '(entrar|ficar|cair) em coma ... (nem sair|nao sair|nunca mais sair|nem acordar|nao acordar|nunca mais acordar)',
    ],
    /** If I were gone: "se eu morrer", "se eu não estivesse aqui". */
    died: [
      'morrer', 'morresse', 'morro', 'me matar', 'me matasse', 'sumir', 'sumisse', 'nao existisse', 'nem existisse', 'nao estivesse aqui',
      'nao tivesse aqui', 'nao estiver mais aqui', 'nao tiver mais aqui', 'nao estivesse mais aqui', 'for embora', 'fosse embora', 'partir',
      'desaparecer', 'desaparecesse', 'deixar de existir', 'deixasse de existir', 'nunca tivesse nascido', 'nao tivesse nascido', 'me for',
      'nao acordar', 'nao estivesse ca', 'nao existir mais', 'nao existir',
    ],

    // --- self-harm ---
    /** Cutting myself, done: "me cortei", "cortei-me", "voltei a me cortar". */
    cutdone: [
      'me cortei', 'cortei me', 'estou me cortando', 'me cortando', 'voltei a me cortar', 'voltei a cortar me', 'me automutilei',
      'automutilei me', 'me mutilei', 'mutilei me', 'me corto', 'corto me', 'me cortei toda', 'me cortei todo', 'me autolesionei',
    ],
    /** Hurting myself, done, which may also be an accident: needs more context. */
    hurtdone: [
      'me queimei', 'queimei me', 'me machuquei', 'machuquei me', 'me feri', 'feri me', 'me bati', 'me arranhei', 'me soquei', 'me mordi',
      'me queimo', 'me machuco', 'me bato', 'fiz mal a mim', 'me fiz mal', 'faco cortes', 'me faco cortes',
      'fiz cortes', 'fiz uns cortes', 'me fiz cortes', 'me queimando', 'me cortando', 'me rasguei', 'rasguei', 'risquei', 'me risquei', 'me furei', 'furei', 'abri', 'mordi', 'me mordi', 'arranhei', 'queimei', 'cortei',
    ],
    /** Wounding myself, as an infinitive. */
    woundinf: [
      '(me|se) (cortar|machucar|ferir|automutilar|autolesionar|mutilar|queimar|bater|arranhar|punir|lesionar|riscar|lanhar|retalhar)', '(riscar|lanhar|retalhar) me',
      '(cortar|machucar|ferir|automutilar|autolesionar|mutilar|queimar|arranhar) me', 'me fazer mal', 'fazer mal a mim',
    ],
    body: [
      'pulso', 'pulsos', 'braco', 'bracos', 'antebraco', 'antebracos', 'perna', 'pernas', 'coxa', 'coxas', 'barriga', 'pele', 'quadril',
      'corpo', 'veias', 'veia', 'mao', 'maos', 'punho', 'punhos',
    ],
    blade: [
      'gilete', 'lamina', 'laminas', 'navalha', 'estilete', 'faca', 'tesoura', 'caco de vidro', 'vidro', 'isqueiro', 'cigarro',
      'apontador', 'compasso', 'lamina de barbear', 'x acto', 'canivete',
    ],

    // --- means and places ---
    pills: [
      'remedios', 'remedio', 'comprimidos', 'comprimido', 'pilulas', 'cartela', 'cartelas', 'medicamentos', 'medicacao', 'rivotril',
      'clonazepam', 'fluoxetina', 'sertralina', 'escitalopram', 'paracetamol', 'dipirona', 'calmantes', 'calmante', 'antidepressivos',
      'soniferos', 'tarja preta', 'benzos', 'diazepam', 'alprazolam', 'zolpidem', 'lorazepam', 'insulina', 'frasco', 'caixa de remedio',
      'gaveta de remedio', 'gaveta de remedios', 'caixinha de remedio', 'caixinha de remedios', 'caixa de remedios', 'farmacinha', 'caixa de primeiros socorros', 'xanax', 'ben u ron', 'pastilhas', 'comprimidos para dormir', 'remedio para dormir',
      'remedio pra dormir', 'remedios da minha {family}', 'remedio da minha {family}', 'meus remedios', 'os remedios',
    ],
    many: [
      'todos os', 'todas as', 'todos', 'todas', 'tudo', 'a cartela inteira', 'uma cartela inteira', 'a cartela toda', 'cartela inteira',
      'duas cartelas', 'varias cartelas', 'a caixa toda', 'uma caixa inteira', 'a caixa inteira', 'o frasco todo', 'o frasco inteiro',
      'um frasco inteiro', 'o vidro todo', 'um monte de', 'um punhado de', 'varios', 'varias', 'muitos', 'muitas', '{bignumber}',
      'uns {number}', '(uns|umas|tipo|mais de) (dez|quinze|vinte|trinta|quarenta|cinquenta|cem)', 'dez', 'quinze', 'vinte', 'trinta', 'quarenta', 'cinquenta', 'cem', 'tipo {number}', 'mais de {number}', 'uma caixa de', 'uma cartela de',
    ],
    height: [
      'ponte', 'predio', 'edificio', 'viaduto', 'janela', 'sacada', 'varanda', 'telhado', 'terraco', 'laje', 'penhasco', 'falesia',
      'precipicio', 'cobertura', 'trilho', 'trilhos', 'linha do trem', 'linha do comboio', 'linha do metro', 'passarela', 'torre',
      'parapeito', 'beirada', 'ultimo andar', 'decimo andar', 'andar {number}', '{number} andar', '(1o|2o|3o|4o|5o|6o|7o|8o|9o|10o|1º|2º|3º|4º|5º|6º|7º|8º|9º|10º) andar',
      '(segundo|terceiro|quarto|quinto|sexto|setimo|oitavo|nono) andar', 'barranco', 'rochedo', 'prédio',
    ],
    /** Pets and people left in someone's care. */
    pet: [
      'cachorro', 'cachorrinho', 'cachorra', 'cachorrinha', 'cao', 'gato', 'gata', 'gatinho', 'gatinha', 'gatos', 'filhos', 'filho', 'filha', 'plantas',
      'pets', 'pet', 'bichinhos', 'bichinho', 'irma', 'irmao', 'mae', 'peixe', 'peixinho', 'passarinho', 'coelho', 'tartaruga', 'calopsita',
    ],
    /** Blades only (not lighters or cigarettes): what an urge to "grab" means. */
    sharp: ['gilete', 'gillette', 'lamina', 'laminas', 'navalha', 'estilete', 'lamina de barbear', 'bisturi', 'x acto', 'apontador'],
    /** Being gone, in the words of a goodbye: "quando eu não estiver mais aqui", "nunca te esqueças de mim". */
    gone: [
      'quando eu (nao estiver|ja nao estiver|nao tiver|for embora|partir|morrer)', 'quando (nao estiver|ja nao estiver) [mais] (aqui|ca)',
      '(nao|ja nao) vou [mais] (dar|causar|ser) [mais] (trabalho|problema|problemas|preocupacao|incomodo|um peso|um fardo|um estorvo)',
      '(nunca|nao) (te esquecas|se esqueca|se esquecam|esquece|esqueca|esquecam|te esquece) de mim', 'lembrem de mim', 'lembrem se de mim', 'lembra de mim',
      'nao (foi|e) (culpa sua|tua culpa|culpa tua|culpa de voces|sua culpa|culpa de ninguem)', 'ninguem tem culpa', '[ja] nao vou estar', '(vou|ja vou) (descansar|ficar em paz|estar em paz)',
      'vou embora pra sempre', 'vou embora para sempre', 'enquanto (ainda )?(da|der|tem|houver) tempo', 'antes que seja tarde [demais]', 'enquanto ainda posso',
      'nao (foi|e|vai ser|sera) culpa (sua|tua|de voces|de ninguem) (nada|nada disso|o que acontecer)', 'nada (disso|do que acontecer|do que vai acontecer) (e|foi|vai ser|sera) culpa (sua|tua|de voces|de ninguem)', '(nao|ja nao) (vao|vai|vais) [mais] (precisar|ter que) [mais] (se preocupar|te preocupar|cuidar de mim|me aguentar|me aturar) [comigo]', 'por ultima vez', 'em outra vida', 'nao me procurem', 'nao chorem por mim', 'nao chorem',
    ],
    /** Thanks and forgiveness, the other half of a goodbye: "obrigada por tudo", "me perdoa". */
    thanks: [
      '(obrigada|obrigado|valeu|agradeco|agradecer) {fill2} por (tudo|ter sido|teres sido|ser|estar|terem|me aguentar|me aturar|me amar|cuidar)',
      'me perdoa', 'me perdoe', 'me perdoem', 'perdoa me', 'perdoem me', 'desculpa por tudo', 'desculpem por tudo', 'perdao por tudo',
      '(amo|te amo|amo voces|amo vcs|amo muito voces) (muito|demais|todos|pra sempre|$)', 'se cuidem', 'se cuida', 'sejam felizes', 'seja feliz',
    ],
    /** Things swallowed: "tomei", "vou tomar", "engulo". */
    swallow: [
      'tomei', 'tomo', 'tomar', 'vou tomar', 'engoli', 'engulo', 'engolir', 'vou engolir', 'ja tomei', 'acabei de tomar', 'tou a tomar', 'estou tomando',
      'mandei pra dentro', 'mando pra dentro', 'vou mandar pra dentro', 'tomei ja',
    ],
    /** A bottle or box of pills, whole: "o frasco inteiro", "a cartela toda". */
    wholepack: [
      '(o|a|um|uma|meu|minha) (frasco|caixa|cartela|vidro|pote|blister) [de {pills}] (inteiro|inteira|todo|toda|completo|completa)',
      '(todo o|toda a|o|a) (frasco|caixa|cartela|vidro|pote) (inteiro|inteira|todo|toda)', 'todas as cartelas',
    ],
    /** How a crash is made on purpose: "soltar o volante", "jogar o carro". */
    crash: [
      'soltar o volante', 'solto o volante', 'soltei o volante', 'largar o volante', 'largo o volante', 'dar uma guinada', 'fechar os olhos e acelerar',
      '(jogar|jogo|bater|bato|enfiar|enfio|meter|meto) o carro (contra|num|no|numa|na|em|debaixo)', 'nao frear', 'sem frear', 'acelerar contra',
      '(entrar|entro) (debaixo|embaixo) (de um|do|da|de uma) (caminhao|carreta|onibus|trem)', 'sair da estrada', 'cair da ribanceira',
    ],
    /** Hoping for it: "tomara", "rezo pra", "peço a deus". */
    hopefor: [
      'tomara', 'tomara que', 'espero que', 'rezo (pra|para) que', 'rezo (pra|para)', 'rezo', 'peco a deus', 'peco a deus que', 'peco (pra|para)',
      'queria que', 'quem me dera', 'torco (pra|para)', 'torcendo (pra|para)', 'as vezes rezo', 'as vezes peco', 'desejo',
    ],
    /** An illness or accident, wished: "um câncer", "um infarto". */
    illness: [
      'cancer', 'um cancer', 'um tumor', 'um infarto', 'um avc', 'um derrame', 'uma doenca [terminal|grave|incuravel]', 'algo grave', 'algo terminal',
      'alguma doenca', 'um acidente', 'leucemia', 'um aneurisma', 'uma parada cardiaca', 'um enfarte', 'algo forte', 'alguma coisa forte', 'uma pneumonia', 'algo serio',
    ],
    /** Not waking: "eu não acorde", "não acordasse". */
    nowake: ['[eu] nao acorde', '[eu] nao acordasse', '[eu] nao acordar', '[eu] nunca mais acorde', '[eu] nao acorde mais', '[eu] nao amanheca', '[eu] nao volte a acordar'],
    /** Not caring how it ends: "nem ia fazer diferença", "não seria ruim". */
    wouldntcare: [
      'favor', 'alivio', 'melhor', 'tanto faz', 'nem ligava', 'nem ligaria', 'nao ligaria', 'de boa', '(nem|nao) (ia|iria) fazer [nenhuma] diferenca',
      'nao faria diferenca', 'nao seria [tao|nada] (ruim|mal|mau)', 'nao era [tao|nada] (ruim|mal|mau)', 'melhor pra todos', 'nao ia ser ruim', 'nao me importaria',
      '(estava|ia estar|estaria) [tudo] (certo|bem|otimo|resolvido) $', 'nem reclamava', 'nem reclamaria',
    ],
    traffic: ['carro', 'onibus', 'caminhao', 'trem', 'metro', 'comboio', 'autocarro', 'camiao', 'carreta', 'os carros', 'um carro'],
    jumpinf: ['pular', 'saltar', 'me jogar', 'jogar me', 'me atirar', 'atirar me', 'me lancar', 'lancar me', 'me deixar cair'],
    jumpnow: ['me jogo', 'jogo me', 'pulo', 'salto', 'me atiro', 'atiro me', 'me lanco'],
    from: [
      'de', 'da', 'do', 'dum', 'duma', 'desse', 'dessa', 'deste', 'desta', 'daquele', 'daquela', 'na frente de', 'na frente do',
      'na frente da', 'em frente ao', 'em frente a', 'em frente do', 'na', 'no', 'pela', 'pelo', 'debaixo de', 'debaixo do', 'embaixo do',
      'embaixo de', 'embaixo da', 'pra', 'pro', 'para', 'contra', 'em', 'sob', 'ao', 'a',
    ],
    soon: [
      'hoje', 'hoje a noite', 'hoje de noite', 'esta noite', 'essa noite', 'amanha', 'agora', 'ja', 'nesse fim de semana', 'no sabado', 'no domingo', 'logo',
      '[na] (segunda|terca|quarta|quinta|sexta|sabado|domingo)', 'depois (da|do) (aula|escola|faculdade|facul|trabalho|trampo|servico|turno|expediente|janta)',
      'saindo (da|do) (aula|trabalho|trampo|facul)', 'de madrugada', 'a meia noite', 'daqui a pouco', 'daqui a umas horas',
    ],
    /** A decision taken, everything ready: "já decidi", "tá tudo pronto". */
    settled: [
      'decidi', 'ja decidi', 'esta decidido', 'ta decidido', 'ja esta decidido', 'nao tem volta', 'nao tem mais volta', 'esta tudo pronto', 'ta tudo pronto',
      'tudo pronto', 'ja tenho tudo', 'tenho tudo pronto', 'ja ta tudo pronto', 'ja esta tudo pronto', 'tudo preparado', 'ta tudo certo', 'ja ta tudo certo',
    ],
    /** Occasions a letter is written for: not a goodbye. */
    occasion: [
      'aniversario', 'niver', 'natal', 'dia das maes', 'dia dos pais', 'casamento', 'formatura', 'dia dos namorados', 'despedida de solteira',
      'despedida de solteiro', 'aposentadoria', 'mudanca', 'viagem', 'aula', 'escola', 'trabalho de escola',
    ],
    /** Waiting for a ride or a person (not a train): "esperando o ônibus". */
    ride: ['onibus', 'busao', 'uber', 'taxi', 'carona', 'van', 'autocarro', 'amigo', 'amiga', 'amigos', 'amigas', 'namorado', 'namorada', '{family}'],
    /** Affairs handed on: passwords given, papers located, things left to someone, love said. */
    handed: [
      '(a|minha) senha (do|da|de|do meu|da minha) (celular|cel|telefone|banco|cartao|computador|pc|conta|email|notebook)', '(o|meu) pin (do|da)',
      'tudo (organizado|em ordem|arrumado|resolvido|acertado)', '{affairs} (estao|tao|esta|ta) (na|no|dentro)', '(disse|falei) {fill2} que (amo|amei) (ela|ele|eles|elas|voces|muito)',
      'fica com (a minha|o meu|minha|meu|minhas|meus)', '(fiquem|fica) com (as minhas|os meus|minhas|meus) coisas', 'meu testamento', 'minhas contas',
    ],
    /** Means of dying, named for the net and with readiness: "a corda", "todos os remédios", "de qual ponte". */
    meansword: [
      '(todos os|todos meus|todos os meus) (remedios|comprimidos)', '{wholepack}', '(os|uns) (remedios|comprimidos) (da|do) (minha|meu) {family}', 'um monte de (remedios|comprimidos)',
      'a corda', 'uma corda', 'a gilete', 'a lamina', 'as laminas', 'a navalha', 'a arma', 'a pistola', 'o revolver', 'a espingarda', 'chumbinho', 'veneno de rato',
      'raticida', 'tudo que eu preciso', 'o que eu preciso (pra|para)',
    ],
    /** Places to jump from, named for the net (not with "pronta": "a laje ficou pronta" is building work). */
    placeword: [
      '(de|da|do) (qual|que) (ponte|predio|viaduto|andar|janela|penhasco)', 'a beira (da|do) (ponte|predio|laje|telhado|penhasco)', '(o|no) parapeito', '(a|na) laje',
      '(o|no) telhado do predio', '(o|no) terraco do predio', '(o|no) ultimo andar', 'a linha do trem', 'os trilhos',
    ],
    /** Having something ready in everyday words: with a means only (with a time it is a party). */
    gotit: [
      'pronto', 'pronta', 'prontos', 'prontas', 'preparado', 'preparada', 'comprei', 'consegui', 'arranjei', 'guardados', 'guardadas', 'juntei', 'separei',
      'na mao', 'na minha mao', 'nas maos', 'do meu lado', 'na minha frente', 'debaixo da cama', 'tudo pronto', 'tenho tudo', 'ja tenho', 'carregada', 'carregado',
    ],
    /** Water to walk into. */
    water: ['(no|o|ao) (mar|rio|lago|oceano|canal|acude)', '(na|a) (represa|lagoa|barragem)', '(na|a) agua'],
    /** Not coming back or down: "não vou voltar", "não vou descer". */
    noreturn: [
      '(nao vou|nao quero|nao penso em|nao pretendo|nao vou mais) (descer|voltar|sair daqui|sair|regressar)', 'nao volto', 'sem voltar', 'pra nao voltar', 'para nao voltar',
    ],
    /** Papers and keys of one's affairs. */
    affairs: [
      'os papeis', 'os documentos', 'o seguro', 'o testamento', 'as senhas', 'a senha', 'as contas', 'o pin', 'as escrituras', 'a apolice', 'minhas economias',
      'o dinheiro', 'a grana',
    ],
    laugh: ['k', 'kj', 'kjk*', 'ks', 'kz', 'rs', 'rsrs*', 'haha*', 'hehe*', 'huehue*', 'ahah*', 'lol', 'kakak*', 'ksks*', 'xd'],

    // --- round 5: meanings written over classes ---
    /** Being left alone, the moment waited for: "quando a minha colega sair", "quando todos dormirem". */
    alone: [
      'sair', 'sairem', 'dormir', 'dormirem', 'viajar', 'viajarem', 'for embora', 'forem embora', 'me deixar sozinha', 'me deixar sozinho',
      'me deixarem sozinha', 'me deixarem sozinho', 'ficar sozinha', 'ficar sozinho', 'estiver dormindo', 'estiverem dormindo', 'se deitar', 'se deitarem',
    ],
    /** Nobody to call, nobody told: "não adianta ligar pra ninguém", "não liga pra ninguém". */
    untold: [
      '(nao adianta|nem adianta|ja nao adianta|nao precisa|nao vale a pena|ja e tarde pra|ja e tarde para) (ligar|chamar|avisar) [pra|para|a] [ninguem|o samu|a ambulancia]',
      'nao (liga|ligue|liguem|chama|chame|chamem|avisa|avise|avisem|conta|conte|contem) (pra|para|a) ninguem', 'nao (chama|chame|chamem) (ninguem|o samu|a ambulancia|o 192|o 112)',
      'ninguem (sabe|vai saber) (que eu vou|onde eu estou|onde eu to|onde estou|$)', 'ninguem vai me (achar|encontrar|salvar|impedir) [a tempo]',
    ],
    /** Things of mine left to someone: "a grana", "o anel da vó", "minhas coisas". */
    belongings: [
      '(a grana|o dinheiro|minhas economias|minhas coisas|meu salario|o salario|a heranca|minhas roupas|meus livros|minhas joias|o anel|o colar|o relogio|meu carro|minha moto|meu pc|meu computador|minha conta|minhas contas)',
    ],
    /** Ending it, said plainly after arrangements: "e aí acabo com isso", "e depois faço". */
    endit: ['acabo com (isso|tudo|isto)', 'acabar com (isso|tudo|isto)', 'vou acabar com (isso|tudo|isto)', '(e|ai|depois|entao) (faco|vou fazer|farei) $', 'me mato', 'vou embora de vez'],
    /** An attempt before: "já tentei uma vez", "me acharam a tempo". */
    tried: [
      '(ja tentei|tentei|ja tinha tentado) (uma vez|em|no|ha|antes|duas vezes|ano passado|mes passado)',
      'me (salvaram|acharam|encontraram|tiraram|socorreram|reanimaram) a tempo', '(da|na) (primeira|ultima|outra) vez (que tentei|me salvaram|me acharam|falhou|nao deu certo)',
      '(da|na) (primeira|ultima|outra|vez passada) vez {fill4} (vomitei|acordei no hospital|me acharam|me encontraram|me salvaram|falhou|deu errado|nao deu certo|nao funcionou|sobrevivi|me levaram pro hospital|fiz lavagem)',
      '(me achou|me encontrou|me salvou|me socorreu|me tirou) a tempo',
    ],
    /** A letter written, done: "já escrevi a carta". */
    letter: ['(escrevi|ja escrevi|deixei|ja deixei|terminei|ja terminei|tenho escrita) (a|uma|as|minha|minhas|o|um|os|meu) (carta|cartas|bilhete|bilhetes)'],
    /** Sharp things hidden: "escondi na gaveta". */
    hide: ['escondi', 'escondo', 'escondida', 'escondidas', 'escondido', 'escondidos', 'guardei escondid*'],
    /** Logging off life, in the internet's words: "dar logout da vida", "desinstalar". */
    logoff: [
      '(dar|fazer|dou|faco|dei) (logout|log out|logoff|log off|unfollow|alt f4|ctrl alt del|uninstall|quit)', 'deslogar', 'deslogo', 'desinstalar', 'desinstalo',
      'sair do servidor', 'me desinscrever', 'cancelar (minha|a) assinatura',
    ],
    /** Vehicles one may wish would crash with oneself inside. */
    craft: ['aviao', 'voo', 'helicoptero', 'barco', 'balsa', 'onibus', 'elevador', 'teleferico'],

    // --- round 6: meanings written over classes (the same as in es) ---
    /** Nothing left owed or hanging: "assim ninguém fica com pepino", "não quero ficar devendo nada". */
    squared: [
      '(assim|pra|para|pra que|para que) {fill1} (ninguem|nada) (fica|fique|ficar|tem que|tenha que|precisa) {fill1} (com pepino|com problema|com bronca|pendente|pendurado|devendo|resolver|pra resolver|com nada pra resolver)',
      '(nao|sem) (quero|queria|quis) (ficar|deixar|ir) (devendo|com divida|com dividas|nada pendente|nada pendurado) [nada|a ninguem]', 'nao devo nada a ninguem',
      // round 7: "não quero deixar dívida no nome de ninguém depois", "pendência nenhuma pra ninguém resolver"
      '(nao|sem) (quero|queria|vou) (deixar|ficar com) {fill1} (divida|dividas|pendencia|pendencias|conta|contas|pepino|problema|problemas) [nenhuma|nenhum] {fill4} (ninguem|depois|pra tras|para tras)',
      'nao (fica|ficou|deixo|deixei) nada (pendente|pendurado|devendo|em aberto)',
    ],
    /** Giving things away, every tense: "dei", "deixei com", "passei pro". */
    give: [
      '(dei|doei|passei|deixei|mandei|entreguei|devolvi|vendi|distribui|transferi|dou|deixo|passo|doo)', '(te|lhe|pra voce) (dou|deixo|passo)', 'deixei lhe', 'dei lhe',
    ],
    /** Belongings disposed of, after me: "que ninguém mexa nas minhas coisas", "quem fica com o quê". */
    bequest: [
      '(fica|fique|ficam|fiquem|pode ficar|podem ficar|vai ficar) com (a minha|o meu|minha|meu|minhas|meus|as minhas|os meus|tudo)',
      '(mexer|mexa|mexam|mexerem) (nas|nos|em) (minhas|meus) (coisas|roupas|livros|cadernos|desenhos|pertences|gavetas)', '(minhas|meus) (coisas|roupas|livros|cadernos|desenhos) (pra|para) (minha|meu|minhas|meus) {family}',
      '(doem|deem|dividam|distribuam|joguem fora|vendam) (as |os )?(minhas|meus) (coisas|roupas|livros|pertences)', 'quem (fica|vai ficar) com (o que|oq|cada coisa|minhas coisas|o que e meu)',
    ],
    /** What makes a gift a goodbye: the password too, all of it in order, a prized thing, a surprised receiver. */
    giveextra: [
      '(a|as|minha|minhas|o|meu) (senha|senhas|login|pin)', '(todos|todas) (os|as|meus|minhas)', '(organizad*|arrumad*|certinho|em ordem)',
      '(autografad*|assinad*|favorit*|de colecao|que eu mais (amava|gostava)|que era do meu (avo|pai)|que era da minha (avo|mae))', '(nem acreditou|nao acreditou|ficou sem entender|estranhou|achou estranho|perguntou (por que|porque|pq))',
    ],
    /** Won't be needed, said at the end: "eu que não vou usar mais". */
    notneedend: [
      '[eu] [que] (nao|ja nao) vou (usar|precisar) [mais] [dela|dele|delas|deles|disso|nada] [mais] $', '(nao|ja nao) vou precisar de {word} (nenhum|nenhuma|mais) [mesmo] $',
      '(nao|ja nao) (me )?vai(o)? fazer falta $',
    ],
    /** A medicine taken with no name, or all of it: "já tomei faz meia hora", "tomei tudo". */
    tookit: ['[ja] tomei (faz|ha|tem) {fill2} (hora|horas|minutos|meia hora|um tempo|pouco)', '[ja] (tomei|engoli) (tudo|todos|todas|tudinho)', '[ja] (tomei|engoli) [eles|elas|os|as] (todos|todas)'],
    /** What it does to the body, soon after. */
    effects: [
      'boca seca', '(tudo|o quarto|o teto|a cabeca) {fill1} (girando|rodando|gira|roda)', '(tonta|tonto|tontura|zonza|zonzo)', '(dormente|dormencia|formigando|formigamento)',
      '(vendo|vejo|enxergando|enxergo) (tudo )?(estranho|embacado|borrado|dobrado|duplo)', 'visao (embacada|turva)', 'nao sinto (as|os|a|o|minhas|meus|minha|meu)',
      '(os olhos|olho) (fechando|pesando)', 'coracao (disparado|acelerado|a mil)', 'dificil (respirar|de respirar)', 'falta de ar',
    ],
    /** Drops people scout or climb (not a terrace where people sunbathe). */
    drop: [
      'ponte', 'viaduto', 'predio', 'edificio', 'penhasco', 'falesia', 'precipicio', 'mirante', 'represa', 'barragem', 'trilho', 'trilhos', 'linha do trem',
      'passarela', 'torre', 'ultimo andar', 'barranco', 'rochedo', 'cobertura', 'telhado', 'laje', 'pier', 'cais',
    ],
    /** Scouting a place: went to look, checked where it is deepest or highest. */
    scouted: [
      '(fui ate|fui a|fui ao|fui na|fui no|fui pra|fui para|voltei (na|no|a|ao)|passei (na|no|pela|pelo)|visitei|subi (na|no|ate)) {fill6} ({drop}|{water})',
    ],
    /** Checking the depth or the height. */
    depth: [
      '(vendo|olhando|vi|medi|procurando|procurei|conferi|conferindo|calculei|calculando) (onde|qual parte|a parte|em que parte|o ponto) {fill1} (mais fundo|mais funda|mais alto|mais alta|fundo|alto)',
      '(quantos metros|qual a altura|a altura|que altura|quao fundo|a profundidade|qual a profundidade)',
    ],
    /** Nobody around there. */
    nobodythere: ['nao passa ninguem', 'ninguem passa', 'nao tem ninguem', 'nao vai ter ninguem', 'ninguem me ve', 'ninguem vai me ver', 'fica vazio', 'fica vazia', 'fica deserto', 'fica deserta', 'sem ninguem'],
    /** Money meant for a future thing, spent now. */
    futuremoney: [
      '(dinheiro|grana|economias|poupanca|reserva|salario|decimo terceiro) {fill4} (pra|para|do|da|de) (o |a )?(aluguel|viagem|formatura|faculdade|facul|intercambio|casamento|carro|ferias|festa|matricula|mes que vem)',
    ],
    /** A thing bought, left vague: "o que eu preciso", "o que falta". */
    vagueneed: ['o que (eu )?(preciso|precisava|faltava|falta|me falta)', 'tudo (o )?que (eu )?(preciso|precisava)', 'o resto'],
    /** A medical result good, met with disappointment. */
    medtest: ['exame', 'exames', 'biopsia', 'resultado', 'resultados', 'check up', 'checkup', 'tomografia', 'ressonancia', 'eletro', 'eletrocardiograma', 'mamografia', 'ultrassom', 'raio x'],
    goodresult: ['normal', 'tudo normal', 'tudo bem', 'tudo certo', 'benigno', 'benigna', 'negativo', 'negativa', 'saudavel', 'nada grave', 'nada de mais', 'limpo', 'limpa', 'deu bom'],
    letdown: ['decepcionad*', 'decepcao', 'desapontad*', 'frustrad*', 'fiquei triste', 'que pena', 'nao de alivio', 'nao foi alivio', 'queria que desse', 'esperava que desse', 'fiquei mal'],

    // --- round 7: meanings written over classes (the same as in es) ---
    /** For after I am gone: "pra quando eu não estiver mais aqui", "quando eu faltar", "depois que eu morrer". */
    after: [
      '(pra quando|para quando|quando|no dia que|no dia em que|pro dia que|para o dia que) [eu] [ja] nao (estiver|tiver|existir) [mais] ($|aqui|ca|neste mundo|nesse mundo|viva|vivo|pra ver|para ver)',
      '(pra quando|para quando|quando|no dia que|pro dia que) eu (faltar|morrer|partir|me for|ja tiver ido)', 'depois que eu (morrer|partir|me for|faltar)', '(pra|para) depois de mim',
    ],
    /** Instructions or things left for others: "deixei anotado", "colei na geladeira", "expliquei tudo". */
    leftnote: [
      '(deixei|deixo|ja deixei) (anotado|anotada|anotados|escrito|escrita|escritos|colado|colada|pregado|pregada|explicado|organizado|organizada|separado|separada|preparado|preparada|tudo anotado|tudo escrito)',
      '(escrevi|anotei|colei|preguei|preparei|organizei|fiz uma lista|expliquei|ensinei|deixei pra|deixei para|deixo pra|deixo para|te deixo|lhe deixo)',
      '(deixei|deixo|ja deixei|coloquei|guardei) {fill4} (lista|nota|bilhete|papel|instrucoes|envelope|pasta|caderno|senhas|documentos|papeis|seguros)',
    ],
    /** Leaving every group and account: "saí de todos os grupos", "apaguei todas as minhas redes". */
    exitall: ['(sai|me retirei|apaguei|exclui|deletei|desativei|fechei|abandonei) [de] (todos|todas) (os|as|meus|minhas) [meus|minhas] (grupos|chats|redes|contas|perfis|redes sociais)'],
    /** A family occasion something is put off until: "o resultado do enem", "o casamento da minha irmã". */
    event: [
      'enem', 'vestibular', 'formatura', 'casamento', 'batizado', 'aniversario', 'niver', 'natal', 'ano novo', 'festas', 'pascoa', 'dia das maes', 'dia dos pais', 'ferias',
      'provas', 'prova', 'parto', 'festa', 'copa', 'final', 'viagem', 'comunhao', 'primeira comunhao', 'cha de bebe', 'resultado',
    ],
    /** Done with, vaguely, after a time: "depois disso já era", "depois eu faço". */
    vaguedone: [
      '(depois|depois disso|depois dela|depois dele|passando isso|passado isso|a partir dai|dai pra frente|logo depois) (ja era|acabou|acabou tudo|acaba tudo|e o fim|eu faco|faco isso|eu me vou|ja nao estou|nao estou mais aqui) $',
      '(na|no) {fill1} (seguinte|depois) {fill1} (ja era|acabou|e o fim) $',
    ],
    /** Household chemicals people drink: "o que tinha debaixo da pia", "água sanitária". */
    chemical: [
      'agua sanitaria', 'cloro', 'soda caustica', 'lixivia', 'desinfetante', 'veneno', 'chumbinho', 'raticida', 'inseticida', 'mata rato', 'diabo verde', 'desentupidor',
      'amonia', 'amoniaco', 'acido muriatico', 'querosene', 'gasolina', 'thinner', 'solvente', 'limpador', 'desengordurante', 'tira limo', 'limpa vidro', 'produto de limpeza', 'produtos de limpeza', 'removedor',
      '(o que|tudo que|tudo o que) (tinha|tem|havia|guardo|guardava) (debaixo da pia|embaixo da pia|no armario da limpeza|na area de servico|no armario do banheiro)',
    ],
    /** A garage shut: "o portão da garagem fechado". */
    garageshut: [
      'garagem {fill6} (portao|porta) {fill1} (fechado|fechada|abaixado|abaixada|trancado|trancada)', '(portao|porta) (fechado|fechada|abaixado|trancado|trancada) {fill4} garagem',
      '(fechei|tranquei|abaixei) (o|a) (portao|porta) da garagem',
    ],
    /** The engine started. */
    ignition: ['(liguei|dei partida|deixei ligado|deixei ligada) (o|no|a) (carro|motor|caminhonete)', '(ja liguei|liguei) (ele|o carro)', '(motor|carro) (ligado|funcionando|a trabalhar)'],
    /** A trial run: "fiz um teste pra ver se tinha coragem". */
    rehearse: [
      '(fiz|faco|tenho feito|estava fazendo|fiz uns) (um|uns|uma|umas) (teste|testes|ensaio|ensaios|treino|simulacao)',
      '(pra ver se|para ver se|pra saber se|para saber se) [eu] (tinha coragem|teria coragem|tenho coragem|conseguia|consigo|aguentava|aguento|era capaz|sou capaz)',
    ],
    /** Danger at hand that one did not flee: gas, smoke, an earthquake. */
    danger: [
      'gas', 'cheiro de gas', 'fumaca', 'incendio', 'fogo', 'alarme de incendio', 'terremoto', 'tremor', 'turbulencia', 'enchente', 'tiroteio', 'bala perdida',
      'o aviao balancou', 'quase fui atropelada', 'quase fui atropelado',
    ],
    /** Where someone dead lies or is mourned. */
    deathplace: ['velorio', 'enterro', 'funeral', 'caixao', 'tumulo', 'cemiterio', 'defunto', 'defunta', 'morreu', 'faleceu', 'missa de setimo dia'],
    /** The sacred, prayed to. */
    sacred: ['deus', 'nossa senhora', 'santo antonio', 'sao judas', 'virgem maria', 'o ceu', 'o universo', 'a vida', 'jesus', 'meu anjo', 'os santos', 'papai do ceu', 'a morte'],
    /** Coded marks of self-harm: "risquinhos", "linhas", "código de barras". */
    marks: ['riscos', 'risquinhos', 'linhas', 'linhazinhas', 'tracinhos', 'marquinhas', 'cortinhos', 'codigo de barras', 'cortes'],
    /** A box or kit of blades reopened. */
    bladebox: ['(a|minha|o|uma|meu) (caixinha|caixa|estojo|latinha|lata|saquinho|necessaire|kit) (de|das|dos|com as|com os|com) ({sharp}|giletes|laminas|apontadores|estiletes)'],
    /** A clean streak thrown away: "58 dias zerados". */
    streaklost: [
      '{number} (dias|semanas|meses) (zerados|zerado|zerou|perdidos|jogados fora|no lixo|pro lixo|pelo ralo|por agua abaixo|pra nada|de volta ao zero)',
      '(perdi|joguei fora|zerei) (meus )?{number} (dias|semanas|meses) [limpa|limpo]',
    ],
    /** Hot things pressed to the skin: "a chapinha", "o isqueiro". */
    hot: ['chapinha', 'prancha', 'ferro', 'ferro de passar', 'babyliss', 'secador', 'isqueiro', 'cigarro', 'colher quente', 'faca quente', 'vela', 'fosforo', 'panela', 'frigideira'],
    /** Waiting for dark, for the house to empty: "só esperando escurecer". */
    waitdark: [
      '(esperando|espero|so esperando|so espero|so falta|aguardando|a espera de|a esperar) [a|o] (escurecer|anoitecer|noite|ficar escuro|todo mundo dormir|todos dormirem|a casa esvaziar|o sol se por|dar meia noite|hora)',
    ],
    /** A cover story told when getting the means: "falei que era pra insônia". */
    cover: [
      '(falei|disse|contei|expliquei|menti dizendo|inventei) (que )?(e|era|eram|seria|sao) (pra|para|por causa de|por causa da|por causa do) {fill3}',
      '(acha|acham|pensa|pensam) (que )?(e|era|sera) (um|uma|pra|para|por|meu|minha) {fill3}',
    ],
  },

  families: [
    {
      // Intent stated outright: "quero me matar", "vou matar-me", "penso em tirar minha vida",
      // "tenho pensamentos suicidas", "tô suicida", "vou acabar com tudo".
      id: 'pt.intent',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        '{intend} {fill1} {killinf}',
        '{killnow}',
        // "me mato" alone is also "(ele) me matou" / "me mato de rir": only with timing or swearing.
        '(hoje|amanha|ja|juro que|eu juro|qualquer dia|um dia desses|mais cedo ou mais tarde|eu|senao|se nao) me mato',
        'me mato (hoje|hoje a noite|amanha|agora|ja|de verdade|juro|serio|mesmo) $',
        '(hoje|amanha|juro que|qualquer dia|um dia destes|um dia desses|ainda|ja) mato me',
        '(pensamentos|ideias|ideacao|impulsos|tendencias|pensamento|vontades) (suicidas|suicida)',
        '(pensamentos|pensamento|ideias|ideia) de (suicidio|me matar|tirar minha vida|tirar a minha vida)',
        '[o] suicidio (na|nao sai da|ronda a) (minha )?(cabeca|mente)',
        // Timing and a decision taken: "hoje à noite eu faço, já decidi".
        '{soon} [eu] (faco|vou fazer|farei) [isso] {fill3} {settled}', '{settled} {fill3} {soon} [eu] (faco|vou fazer|farei) [isso]',
        '(ja decidi|esta decidido|ta decidido|ja esta decidido|nao tem volta) {fill3} {soon} [eu] (faco|vou fazer|farei)',
        '(sou|estou|ando|me sinto|sinto me|me sentindo|fiquei|voltei a ficar|ficando) [muito|meio|bem|tao|um pouco|super|de novo] suicida',
        '(tentativa|tentativas) de suicidio', '(tentei|tentar|vou tentar) [o] suicidio',
        '{think} {fill2} (em|no|o) suicidio',
        '[o] suicidio (e|seria|parece|me parece) {fill3} (saida|opcao|solucao|resposta|unica|caminho)',
        '(cometer|cometendo|cometi) [o] suicidio',
        'como (me matar|matar me|me suicidar|morrer rapido|morrer sem dor|tirar minha vida)',
        '(pronta|pronto) (pra|para) (morrer|me matar)',
      ],
    },
    {
      // A mention of suicide with no stated intent: "suicídio", "se suicidou".
      id: 'pt.suicide-mention',
      tier: 'cue',
      patterns: ['suicid*', 'sucid*', 'suisid*'],
    },
    {
      // Words coined to get past filters: "cometer sudoku" (commit suicide), "me desviver".
      id: 'pt.euphemism',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        '(cometer|cometendo|cometi|vou cometer) (sudoku|sewerslide|sui)',
        '(vou|quero|hoje|decidi) {fill1} me desviver',
        // "vou fazer uma besteira hoje, já tenho tudo"
        '(vou|quero|penso em|estou pra|to pra|prestes a|hoje vou) fazer (uma|alguma) (besteira|loucura|merda|burrada|bobagem|cagada) {fill4} ({soon}|ja tenho tudo|tenho tudo pronto|ja decidi|ta decidido|esta decidido)',
      ],
    },
    {
      // Wishing to be dead or gone: "queria morrer", "queria dormir e não acordar mais",
      // "não quero mais viver", "queria sumir pra sempre", "tanto faz se eu morrer".
      id: 'pt.passive-wish',
      tier: 'cue',
      patterns: [
        '{longing} {fill2} {death}', '(quero|queria|so queria|eu queria) morre $',
        '(nao|ja nao) quero [mais] (ca|aqui) estar',
        '(nao|ja nao) (tenho|ha|tem) [mais] nada (pelo que|por que|pra que|para que) viver', 'nada pelo que viver',
        '(nao|ja nao) (quero|queria|tenho vontade de|aguento|consigo) {fill1} (viver|continuar vivendo|continuar viva|continuar vivo|existir|acordar|estar aqui|continuar aqui|seguir vivendo|estar viva|estar vivo|estar (nesse|neste|no) mundo|ficar (nesse|neste) mundo|continuar (nesse|neste) mundo)',
        '(nao|ja nao) (tenho|sinto) [mais] (vontade|motivo|motivos|razao|razoes|forca|forcas) [nenhuma|nenhum] (de|pra|para) (viver|continuar|existir|seguir|acordar)',
        'sem (vontade|motivo|razao|forcas) (de|pra|para) (viver|continuar)',
        '(cansei|estou cansada|estou cansado|estou farta|estou farto) de tudo [e] [de] (viver|vida|existir|estar viva|estar vivo)',
        '(cansei|cansada|cansado|farta|farto|exausta|exausto|de saco cheio|saco cheio|enjoei|enjoada|enjoado) (de|da) (viver|vida|existir|acordar|respirar|estar viva|estar vivo|minha vida|continuar vivendo|continuar respirando)',
        '(nao|ja nao) (vejo|tem|ha|encontro|acho|tenho) [mais] (sentido|motivo|razao|porque|proposito|graca) [nenhum|nenhuma] [em|pra|para|de|na] (viver|vida|continuar|continuar vivendo|continuar respirando|respirar|existir|seguir|a vida|acordar|estar aqui|estar viva|estar vivo)',
        '(a|minha) vida [ja] nao (tem|faz) [mais] (sentido|graca nenhuma)', 'nao vale a pena (viver|continuar|estar viva|estar vivo)',
        'pra que (viver|continuar|existir|acordar) $',
        'nao (mereco|merecia) (viver|estar viva|estar vivo|existir|estar aqui|ter nascido)', 'mereco (morrer|estar morta|estar morto)',
        '(tanto faz|dane se|foda se|que se dane|pouco importa|nao importa|nao ligo|pouco me importa) (se eu|eu|que eu) {died}',
        '(seria|ia ser|era|e) (melhor|mais facil|um alivio) {fill3} (se eu|eu|que eu) {died}',
        '(seria|e) [muito|bem] (melhor|mais facil|um alivio) (morrer|nao existir|sumir|nao acordar|nao acordar mais|nao estar aqui|estar morta|estar morto)',
        '(melhor|mais facil) (morta|morto|nao existir|nem existir)', 'estaria melhor (morta|morto)',
        '(dormir|deitar|apagar) e (nao|nunca mais) (acordar|acorda)', '(nao|nunca mais) acordar (mais|nunca mais|amanha|de novo)',
        '(tomara|quem me dera|espero|queria|rezo pra|rezo para) [que] (um|uma|o|a) (carro|onibus|caminhao|aviao|trem|raio|bala perdida) [me] (atropele|atropelasse|caia|bata|mate|acerte|pegue)',
        '(se|tomara que|quem me dera que) (um|uma|o|a) (carro|onibus|caminhao|trem) me (atropelasse|atropelar|pegasse|pegar|matasse) {fill8} (favor|alivio|melhor|nem ligava|tanto faz)',
        'se (me )?(atropelassem|atropelasse|matassem|matasse) {fill8} (favor|alivio|melhor|nem ligava|tanto faz)',
        '(pensamentos|pensamento|ideias|ideia) de (morte|morrer|me matar)',
        '(penso|pensando|pensei|sonho|fantasio) {fill2} (em|com) (morrer|a morte|estar morta|estar morto|nao existir|sumir pra sempre|nao acordar)',
        '(a morte|morrer|estar morta|estar morto|nao existir) (parece|seria|soa|deve ser) {fill2} (alivio|descanso|bom|boa|melhor|paz|libertacao|saida|tentador)',
        '(esperando|espero) (a morte|morrer|que tudo acabe)',
        '(vou|quero|queria) (sumir|desaparecer) (desse mundo|deste mundo|do mundo)',
        '(ando|estou|vivo) (so|apenas) a existir', '(so|apenas) (existindo|sobrevivendo) (e|mais) nada',
        '(queria|quero) nem existir',
        // one's own funeral imagined: "às vezes imagino meu velório e quem iria"
        '(imagino|imaginando|fico imaginando|penso|pensando|fico pensando|sonho) [no|em|o|com o|como seria o|como seria|como vai ser] [meu|o meu] (velorio|enterro|funeral)',
        '(que|q) sentido (tem|teria|faz) (continuar|viver|continuar vivo|continuar viva|continuar vivendo|estar vivo|estar viva|existir|acordar|continuar aqui)',
        '(pra que|para que) (continuar|continuo|ficar|fico|estou|to) (aqui|ca) (se|$)', '(pra que|para que) (continuar|continuo) (vivo|viva|vivendo|nesse mundo|neste mundo|existindo|respirando)',
        '(nem|nem mesmo) (de|pra|para) (viver|existir|continuar vivendo|continuar vivo|continuar viva|respirar) $',
        '{hopefor} {fill2} {nowake}',
        // an illness or accident wished on oneself: "às vezes rezo pra ter um câncer"
        '{hopefor} {fill2} (ter|pegar|sofrer|me dar|me der|me desse|me pegar) {illness}',
        '{hopefor} {fill2} me (de|desse|der|pegue|pegasse|aconteca|acontecesse) {fill1} {illness}',
        '{hopefor} [que] eu (tenha|tivesse|pegue|pegasse|sofra|sofresse) {illness}',
        '{hopefor} {fill3} me (atropel*|passasse por cima|passe por cima|pegasse|pegue|matasse|mate|acertasse|acerte|esmagasse|esmague) [e pronto|de vez|e acabou|logo|$]',
        '(se|tomara que|quem me dera que) {fill3} me (atropelar|atropelasse|atropele|matar|matasse|acertar|acertasse|pegar|pegasse) {fill8} {wouldntcare}',
        '(caisse|caia|cair|batesse|bata|explodisse|exploda|afundasse|afunde|desabasse|desabe|capotasse) (comigo|cmg) (dentro|junto|a bordo|em cima) {fill4} {wouldntcare}',
        '({hopefor}|{wouldntcare}) {fill4} (caisse|caia|cair|batesse|bata|explodisse|exploda|afundasse|afunde|desabasse|desabe|capotasse) (comigo|cmg) (dentro|junto|a bordo|em cima)',
        '{longing} {fill3} (apagar|sumir|desaparecer|dormir|ir embora|descansar) (de vez|pra sempre|para sempre) $',
        '{longing} {fill2} (sumir|desaparecer) do mapa (pra sempre|para sempre|de vez|$)',
        '{longing} {fill1} ser (atropelada|atropelado|assassinada|assassinado|baleada|baleado) ($|e pronto|de vez|logo|e acabar)',
        '({hopefor}|{longing}) {fill1} (pegar|ter|contrair) {illness}',
      ],
    },
    {
      // Being a burden: "todo mundo ficaria melhor sem mim", "sou um peso", "ninguém ia sentir falta".
      id: 'pt.burden',
      tier: 'cue',
      patterns: [
        '{everyone} {fill2} (ficaria|ficariam|ia ficar|iam ficar|vai ficar|vao ficar|estaria|estariam|seria|seriam|vivia|viviam|viveria|viveriam|fica|ficam) [muito] (melhor|mais feliz|mais felizes|mais tranquilo|mais tranquila|mais tranquilos|bem) sem mim',
        '(melhor|mais feliz|mais felizes|mais facil) sem mim (aqui|por perto|na vida|no mundo)',
        '(seria|ia ser|era) (melhor|mais facil) (pra|para) {everyone} (se|que) {fill2} {died}',
        '(sou|ser|me sinto|sinto que sou|so sou|eu sou) [so|apenas|um|uma] (um peso|um fardo|uma carga|um estorvo|um incomodo|um problema pra todos|um problema para todos)',
        '(peso|fardo|carga|estorvo) (pra|para|na vida de) (todo mundo|todos|minha {family}|meus {family}|a minha {family}|os outros|voces|toda a gente)',
        '(so|eu so) (atrapalho|estrago|incomodo|dou trabalho|dou problema) $',
        '{everyone} {fill2} (ficaria|ficariam|ia ficar|iam ficar) (aliviada|aliviado|aliviados|aliviadas|em paz) (se|quando) {fill1} {died}',
        '(so|eu so) (atrapalho|estrago|incomodo|dou trabalho|dou problema) (a vida de|todo mundo|todos|voces|vcs|toda a gente)',
        '{nobody} (ia|iria|vai|vai sentir|sentiria|sentira) [sentir][a][minha] falta',
        '{nobody} (se importaria|ligaria|perceberia|notaria|sentiria a minha falta|sentiria minha falta|sentiria falta|choraria|sentiria saudade)',
        '{nobody} (ia|iria|vai) (ligar|perceber|notar|chorar|se importar|sentir saudade|nem perceber|nem notar|reparar)',
        '(se eu|eu) {died} {fill3} {nobody} (ia|iria|vai|nem) (perceber|notar|ligar|sentir|reparar|se importar)',
        '(logo|em breve|daqui a pouco|ja ja|logo logo) {fill2} (paro|vou parar|deixo|vou deixar) de (dar trabalho|ser um peso|ser um problema|incomodar|atrapalhar)',
        '(nao vou|ja nao vou) [mais] (ser um peso|ser um problema|dar trabalho|incomodar|atrapalhar) (pra|para|a) (ninguem|voces|vcs|todos|ninguem por muito tempo)',
        'sou um desperdicio de (espaco|oxigenio|ar|vida)',
        // "minha família ia ficar mais tranquila sem ter que carregar meu peso"
        '(melhor|mais tranquil*|mais feliz|mais felizes|em paz|mais leve|mais leves|mais livre|mais livres|aliviad*) {fill2} sem (ter que )?(carregar meu peso|me carregar|me aguentar|me aturar|cuidar de mim|se preocupar comigo|me sustentar|lidar comigo)',
      ],
    },
    {
      // Hopelessness and being unable to go on: "não aguento mais viver assim", "não há saída".
      id: 'pt.hopeless',
      tier: 'cue',
      patterns: [
        '(nao|ja nao) (aguento|suporto|consigo) [mais] (viver|continuar|existir|essa vida|esta vida|seguir|com essa dor|com esta dor|mais nada)',
        '(nao|ja nao) (aguento|suporto|consigo) mais $',
        '(nao|ja nao) (ha|tem|vejo|tenho|encontro) [nenhuma] (saida|outra saida|esperanca|futuro|jeito)',
        'sem saida $', '(nao tenho|ja nao tenho|sem) [mais] (forca|forcas) (pra|para|de) (nada|viver|continuar|seguir)', 'nao tenho mais (forca|forcas) $',
        '(nada|nunca) vai (melhorar|mudar|ficar bem) $', 'nunca vou (ficar bem|ser feliz|sair dessa)',
        '(desisti|desistir|vou desistir|desisto) (de viver|da vida|de tudo|de mim)',
        '(estou|to|me sinto) (sem esperanca|sem esperancas|desesperancada|desesperancado)',
      ],
    },
    {
      // Calm-down statements that speak of the thought ("relaxa, não vou fazer nenhuma besteira"):
      // a person reassuring us is not in danger now, but the thought is there: a cue.
      id: 'pt.safety-talk',
      tier: 'cue',
      patterns: [
        '(calma|relaxa|fica tranquila|fica tranquilo|fiquem tranquilos|prometo|nao se preocupa|nao se preocupe|pode ficar tranquila|juro|tranquilo|tranquila) {fill2} [eu] nao vou fazer (nada $|nenhuma besteira|besteira|nenhuma loucura|loucura|nada de errado|nada comigo|nenhuma merda|nada de mal)',
        'medo de fazer (uma besteira|alguma besteira|uma loucura|alguma loucura|merda)',
        '[eu] nao vou fazer [nenhuma] (besteira|loucura|bobagem|merda) (comigo|nenhuma|$)',
        'nao vou fazer nada comigo',
      ],
    },
    {
      // Goodbye and final messages: "isso é um adeus", "quando você ler isso eu já não vou estar",
      // "fala pra minha mãe que eu amo ela", "cuidem do meu cachorro", "deixei uma carta".
      id: 'pt.goodbye',
      tier: 'act',
      patterns: [
        '(isso|isto|esse|este|essa|esta) (e|eh) (um|o meu|meu|o|uma|a minha|minha) (adeus|despedida)',
        '(essa|esta) (e|eh) [a] (minha|a minha) (ultima|derradeira) (mensagem|carta|despedida)', '(minha|a minha) ultima mensagem $',
        '(minha|a minha) (ultima|derradeira) (mensagem|despedida|carta) (pra|para) (voces|vcs|todos|voce|vc)',
        'adeus (a todos|a todas|pra sempre|para sempre|mundo|mundo cruel|a vida|gente|pessoal|galera|familia|a voces|vida|meus amores)',
        '(obrigada|obrigado|valeu) por tudo {fill4} (adeus|tchau pra sempre|me despeco)',
        '(amo|te amo|amo voces|amo vcs) {fill3} (adeus|para sempre adeus)',
        'me despeco (de todos|de todas|de voces|pra sempre|para sempre|da vida|deste mundo|desse mundo|do mundo)',
        '(quando|se) (voce|vc|voces|vcs|tu|alguem) (ler|lerem|leres|ver|virem|encontrar|encontrarem|receber|receberem) (isso|isto|esta mensagem|essa mensagem|esta carta|essa carta|estas linhas) {fill4} (ja|nao|morta|morto|longe|em paz|partido|ido|melhor lugar)',
        '(ja nao|nao) (vou estar|estarei|vou mais estar) [mais] (aqui|ca|vivo|viva|entre voces|neste mundo|nesse mundo|$)',
        '(ja nao|nao) vou [mais] (ca|aqui) estar',
        // Affairs put in order for after: "a senha do meu celular tá num papel na gaveta, vão precisar depois".
        '(senha|senhas|pin|codigo|chaves|testamento|contas) {fill8} [$] (vao precisar depois|vai precisar depois|quando eu nao estiver|quando eu for embora|vai servir depois|vao servir depois|vao precisar quando)',
        '(escrevi|ja escrevi|deixei|terminei|tenho escrita) (a|uma|as|minha|minhas) (carta|cartas|bilhete|bilhetes) {fill4} (na mesa|na gaveta|em cima da cama|no meu quarto|na escrivaninha|em cima da mesa|no criado mudo|na cabeceira)',
        '(nunca mais|nao) (vao|vai|vais) me ver (mais|de novo|nunca mais|outra vez)', '(voces|vcs|vc|voce|tu) nunca mais (vao|vai|vais) me ver',
        '(nao|nunca mais) (vao|vai|vais) [mais] (ouvir falar|saber) de mim',
        '(fala|diz|diga|digam|falem|fale|avisa|avisem|conta|contem|diz) (pra|para|a|ao|a minha|ao meu|aos meus|as minhas) {fill1} {family} que {fill4} (amo|amei|sinto muito|desculpa|perdao|me perdoe|pode ficar|podem ficar|nao foi culpa|nao e culpa|fiz o melhor|estou em paz|to em paz)',
        // Someone left in care "when I'm gone" (not "cuida da minha gata no fim de semana").
        '(cuidem|cuida|cuide|tomem conta|toma conta|tome conta) [bem] (do|da|dos|das) (meu|minha|meus|minhas) {pet} {fill4} ({gone}|por mim $|pra sempre)',
        '(cuidem|cuida|cuide|tomem conta|toma conta|tome conta) [bem] (do|da|dos|das) (meu|minha|meus|minhas) {pet} [por favor|pfv|pf] $',
        // Thanks or forgiveness beside being gone: "me perdoa, não foi culpa sua", "obrigada por tudo, nunca te esqueças de mim".
        '{thanks} ... {gone}', '{gone} ... {thanks}',
        '(deixei|deixo|escrevi|estou escrevendo|to escrevendo) (uma|umas|a minha|minha|as) (carta|cartas|bilhete|bilhetes) (pra|para) (cada um|minha|meus|minhas|a minha|os meus|voces|todos)',
        '(carta|bilhete|mensagem|video) (de despedida|de adeus|suicida)',
        '(deixo|deixei|vou deixar) (tudo|todas as minhas coisas|minhas coisas|as minhas coisas|o que e meu|tudo o que tenho) (pra|para) (a minha|minha|meu|o meu|meus|os meus|voces|vcs)',
        '(me perdoem|perdoem me|me desculpem|desculpem me) (por tudo|$)',
        '(me perdoa|perdoa me|me perdoe|me desculpa|desculpa me) por tudo {fill3} (adeus|te amo|amo voces|tchau|me despeco)',
        '(que ninguem se culpe|nao se culpem|nao se culpe|ninguem se culpe|nao culpem ninguem|nao culpem (ele|ela))',
        '(ninguem tem culpa|nao e culpa de ninguem|a culpa nao e de ninguem) {fill1} (nem|nem mesmo) (ele|ela|voces|vcs|tu)',
        '[ja] tomei (a|minha|a minha) decisao {fill4} (paz|adeus|culpa|despeco|tchau)',
        'nos vemos (em outra vida|na outra vida|do outro lado|no ceu|numa proxima vida)',
        // A letter for each, an apology for what is coming, a better place, goodbyes said and ready.
        '(me despedir|vou me despedir|me despeco|me despedi|despedir me) (de|da|do|dos|das) {fill3} (e depois|e ai|e entao|e ja) {fill2} (vou|eu vou|vou embora|faco|eu faco|me mato|parto) $',
        '(escolhi|separei|ja tenho|preparei|deixei|ja escolhi|ja separei|deixei separada|deixei separado) {fill6} (ser enterrada|ser enterrado|me enterrem|ser cremada|ser cremado|me cremem|ser velada|ser velado|(pro|para o|no) (meu )?(velorio|enterro|funeral))',
        '(nao|ja nao) (vou estar|estarei) (no|na|pro|pra|para o|para a) (seu|sua|teu|tua|meu|minha|nosso|nossa|o|a) {occasion}',
        '(carta|cartas|bilhete|bilhetes|mensagem|audio|video) (pra|para|a) cada (um|uma) (de voces|de vcs|dos meus|das minhas|$)',
        '(desculpa|desculpem|perdao|me perdoa|me perdoem|me desculpa|me desculpem|perdoa me) {fill3} (pelo que|por o que|por isso que|por aquilo que) [eu] (vou fazer|to prestes a fazer|estou prestes a fazer|vao ver|vao encontrar|vou fazer com voces)',
        '(vou estar|estarei|vou|vou pra|vou para|to indo pra|estou indo para) (num|em um|pra um|para um|a um) lugar melhor',
        '(me despedi|ja me despedi) (de|da|do) (todos|todo mundo|voces|vcs|minha familia|meus {family}|toda a gente) ... (to|estou|tou) (pronta|pronto|preparada|preparado) $',
        // A time, and nobody has to worry any more: "amanhã vocês não vão mais precisar se preocupar comigo".
        '({soon}|a partir de amanha|depois de hoje|depois dessa noite|depois desta noite) {fill3} (nao|ja nao) (vao|vai|vais) [mais] (precisar|ter que|ter de) [mais] (se preocupar|te preocupar|cuidar de mim|me aguentar|me aturar|lidar comigo|pagar nada por mim) [comigo]',
        '(doei|dei|distribui|estou doando|estou dando|doando|dando) (todas as minhas|todos os meus|tudo o que e meu|tudo que e meu) [coisas|roupas|pertences|livros|jogos]',
        '(doei|dei|distribui|estou doando|to doando|doando|dando) {fill1} (todas as minhas|as minhas|minhas|todos os meus|os meus|meus) (coisas|roupas|pertences|livros|jogos) {fill6} (nao vou precisar|ja nao preciso|nao preciso mais)',
        '(nao vou|ja nao vou) [mais] precisar [mais] de nada', 'ja nao vou precisar [dela|dele|delas|deles|disso] $', 'nao vou precisar mais [dela|dele|delas|deles|disso] $',
        '(pode|podem) ficar com (a minha|o meu|minha|meu|minhas|meus|as minhas|os meus|tudo) {fill4} (nao vou precisar|ja nao vou precisar|adeus)',
        '(esta|essa|e) [e] [a] minha ultima (noite|vez que) {fill3} (escrevo|falo|aqui|acordo)',
        '(hoje|essa|esta|este) e (a )?minha (ultima|ultimo) (noite|dia) (viva|vivo|neste mundo|nesse mundo|na terra|$)',
        'quando me (encontrarem|encontrares|acharem) {fill3} (tarde demais|ja era|ja vai ser tarde|ja nao)',
        '(antes de|antes d) (ir embora|partir|me ir) (pra sempre|para sempre|deste mundo|desse mundo)',
      ],
    },
    {
      // Self-harm done or under way: "me cortei de novo", "cortei-me ontem", "cortei os pulsos",
      // "recaí, tava 4 meses sem me cortar", "me queimei com o isqueiro de propósito".
      id: 'pt.self-harm-act',
      tier: 'act',
      softenedBy: ['urge'],
      patterns: [
        '{cutdone} (muito|bem|mais) fundo',
        '{cutdone} (de novo|outra vez|novamente|ontem|hoje|a noite|de noite|esta noite|essa noite|de manha|de proposito|pra sentir|para sentir|ate sangrar|mais fundo|fundo|$)',
        '{hurtdone} [de novo|outra vez] (de proposito|pra sentir|para sentir|ate sangrar|de novo|outra vez|novamente|porque mereco)',
        '({hurtdone}|{cutdone}|me soquei|me dei socos) {fill3} ate (ficar|que fique|deixar|sair|ficarem) (roxa|roxo|roxas|roxos|marcada|marcado|marca|hematoma|hematomas|sem ar)',
        '({hurtdone}|{cutdone}) {fill4} (de proposito|propositalmente|pra sentir alguma coisa|pra parar de sentir|para parar de sentir|pra nao sentir|ate sangrar|pra me punir|para me punir|porque mereco|porque eu mereco)',
        '(fiz de novo|fiz outra vez|fiz isso de novo|recai|tive uma recaida|voltei a fazer) {fill8} [$] (sem pegar|sem tocar|sem usar|sem encostar) (na|a|em|numa|uma|nas|as) {sharp}',
        '({cutdone}|{hurtdone}) (os|as|o|a|meu|minha|meus|minhas|nos|nas|no|na) {body}',
        '({cutdone}|{hurtdone}) {fill2} com (a|o|um|uma|meu|minha) {blade}',
        '(cortei|queimei) (o|a|os|as|meu|minha|meus|minhas) {body} {fill2} (com|de proposito|pra sentir|para sentir|ate sangrar)',
        '(cortei|c0rtei) (de novo|outra vez|dnv|novamente|hoje|ontem) $',
        '(cortei|cortar|cortando|cortou) (os|o|meus|meu|minhas|as) (pulsos|pulso|punhos|veias)',
        '{cutdone} (faz anos|ha anos|faz meses|ha meses|todo dia|todos os dias|toda noite|todas as noites|sempre|desde)',
        // ongoing: "faz uma semana que me queimo com cigarro"
        '(faz|ha|tem|ja faz) {fill3} (dias|semanas|meses|semana|mes|ano|anos) {fill2} (que )?(me corto|me queimo|me machuco|me bato|me cortando|me queimando|me machucando|me firo|me arranho)',
        '(me queimo|me queimando|me queimei|me cortando|me corto) com [o|um|os|uns|meu] (cigarro|cigarros|isqueiro|bituca|bitucas|{sharp})',
        '{body} {fill1} (cheios|cheias|cheio|cheia) de (cortes|cicatrizes|marcas|queimaduras)',
        '(com|tenho|peguei|pego|estou com) (a|uma|minha) (gilete|lamina|navalha|faca|tesoura|estilete) (na mao|nas maos)',
        '(voltei|comecei|recomecei|voltando) a (me cortar|cortar me|me automutilar|me machucar|me queimar|me ferir|me autolesionar)',
        '(cortes|feridas|queimaduras|marcas) (novas|novos|frescas|frescos|recentes) (no|na|nos|nas|pelo|pela) {fill1} {body}',
        '(ate|ate que) {fill2} (sangrar|sangrou|sangrasse|sair sangue|saiu sangue)',
        '(recai|tive uma recaida|recaida|tive recaida) {fill4} (cortar|corte|cortes|automutila*|machucar|limpa|limpo|gilete|lamina)',
        '(me cortar|cortes|automutilacao|autolesao) {fill4} (recai|recaida)',
        '(tava|estava|fiquei|fazia|tinha|ia fazer|estive|ia completar) {fill3} (dias|semanas|meses|mes|ano|anos) (sem me cortar|limpa|limpo|sem me machucar|sem me automutilar|sem recair|sem me ferir|sem (pegar|tocar|usar|encostar) (na|a|em|numa|uma|nas|as) {sharp})',
        '(dias|semanas|meses|anos) (limpa|limpo|sem me cortar|sem me automutilar) {fill4} (recai|estraguei|perdi|quebrei|acabou|joguei fora)',
        '(soquei|socando|soquei|bati|dei socos|dei murros|murrei) {fill2} (parede|porta|espelho|cabeca) {fill4} (de proposito|ate|pra sentir|pra doer)',
        '(bati|batendo) (a|minha) cabeca (na|contra a) parede {fill3} (ate|de proposito|pra sentir)',
        '(automutilacao|autolesao|me cortar) (de novo|outra vez|voltou) {fill2} (ontem|hoje|essa semana)',
      ],
    },
    {
      // Self-harm urges: "tô com vontade de me cortar", "quero me machucar", "a vontade de me cortar voltou".
      id: 'pt.self-harm-urge',
      tier: 'cue',
      patterns: [
        '({intend}|{longing}) {fill2} {woundinf}',
        '(vontade|impulso|impulsos|necessidade|desejo|tentacao) (de|pra|para) {fill1} ({woundinf}|automutila*|autolesa*)',
        '{think} {fill2} [em] ({woundinf}|automutila*)',
        'automutila*', 'auto mutila*', 'autolesao', 'autolesoes', 'autolesiv*', 'cutting',
        'mereco (sofrer|sangrar|dor|sentir dor)',
        '(tentando|tentar|segurando|aguentando|lutando|resistindo) [pra|para] nao {woundinf}',
        'me (machucar|cortar|ferir) (de novo|outra vez) $',
        '({intend}|{longing}|vontade|impulso|necessidade) {fill3} (pegar|usar|tirar|buscar|agarrar) (a|uma|minha|as|o|meu) {sharp}',
        '(me cortaria|me machucaria|me queimaria|me feriria|voltaria a me cortar|me cortaria de novo) (de novo|outra vez|nunca mais|$)',
      ],
    },
    {
      // Plans, means, timing, an act under way or done: "tomei todos os remédios",
      // "tô na ponte", "comprei uma corda", "vou pular do prédio", "já juntei os remédios".
      id: 'pt.plan-means',
      tier: 'act',
      patterns: [
        // pills
        '(tomei|engoli|tomando|ja tomei|acabei de tomar|tou a tomar|estou tomando|mandei pra dentro|tomei ja) {many} {fill3} {pills}',
        '(tomei|engoli|ja tomei|acabei de tomar) (a|uma|o|um) (cartela|caixa|frasco|vidro|cartelas) (inteira|inteiro|toda|todo|completa|completo)',
        '[eu] {swallow} {fill2} {wholepack}', '{intend} {fill1} {swallow} {fill2} {wholepack}',
        // charcoal or gas in a sealed room: "comprei carvão e fita pra vedar a porta"
        '(carvao|braseiro|churrasqueira|o gas) {fill6} (vedar|vedei|vedo|tapar|tapei|fechar bem|lacrar|lacrei) {fill2} (porta|portas|janela|janelas|frestas|banheiro|quarto|carro)',
        '(vedar|vedei|vedo|tapar|tapei|lacrar|lacrei) {fill2} (porta|portas|janela|janelas|frestas) {fill6} (carvao|braseiro|gas)',
        // a crash on purpose: "tô dirigindo a 180 e vou soltar o volante"
        '{intend} {fill2} {crash}', '(dirigindo|a conduzir|conduzindo|no volante|na estrada|na rodovia|na autoestrada|na marginal) {fill8} {crash}',
        // knowing the place: "já sei de qual ponte", "já escolhi o prédio"
        '[ja] (sei|escolhi|decidi) (de|da|do|em) (qual|que|onde) {height}', '[ja] escolhi (a|o) {height}',
        // on the ledge and not coming down: "tô no terraço do prédio e não vou descer"
        '(estou|to|tou|subi|fiquei|continuo|entrei|entro|vou entrar|caminhei|andei) {fill3} ({height}|{water}) {fill6} {noreturn}',
        // the engine running in a closed garage
        '(motor|carro) {fill3} (ligado|funcionando|a trabalhar) {fill3} garagem', 'garagem {fill4} (motor|carro) (ligado|funcionando)',
        // working up the courage for it, with a time: "tô criando coragem pra fazer hoje à noite"
        '(criando|tomando|juntando|reunindo|ganhando|crio|tomo|falta) (coragem|forca|forcas|a coragem) (pra|para|de) ({killinf}|{jumpinf}|fazer|fazer isso|fazer logo) ({soon}|$)',
        // the means in hand and shaking: "tô com a faca na mão e não sei o que fazer"
        '(faca|navalha|lamina|gilete|arma|pistola|corda|remedios|comprimidos|{sharp}) {fill2} (na mao|nas maos|na minha mao) {fill3} (nao sei (o que fazer|se)|to tremendo|estou tremendo|tremendo|com medo|e agora ou nunca|vou fazer)',
        // how many it takes, looked up: "já pesquisei quantos comprimidos eu preciso"
        '(pesquisei|pesquisando|procurei|procurando|googlei|li|vi|calculei|contei) {fill4} (quantos|quantas) {fill2} (preciso|precisa|sao precisos|e preciso|mata|matam|e letal|sao letais|pra morrer|para morrer|pra nao acordar)',
        // someone else's gun taken: "peguei a arma do meu pai"
        '(peguei|tenho|ja tenho|consegui|tirei|roubei|achei|encontrei) (a arma|a pistola|o revolver|a espingarda|as balas|a carabina) (do|da) [meu|minha] {family}',
        // cutting right now: "tô me cortando no banheiro agora"
        '{cutdone} {fill3} (agora|agorinha|neste momento|nesse momento|no banheiro|trancada|trancado)',
        // when they are away or asleep: "sábado que meus pais viajam eu faço"
        '(quando|no dia que|{word} que|assim que|enquanto) {fill4} (viajam|viajarem|viajar|sairem|sair|dormirem|dormir|forem embora|for embora|estiverem dormindo|me deixarem sozinha|me deixarem sozinho|ficar sozinha|ficar sozinho) {fill2} [eu] (faco|vou fazer|farei|faco isso|vou fazer isso|me mato) $',
        // rope, bleeding
        '(a|minha|uma) (corda|arma|pistola|espingarda|revolver) [ja] (esta|ta|fica|guardada|guardado|escondida|escondido) {fill3} (armario|guarda roupa|gaveta|mochila|carro|garagem|debaixo da cama|pronta|pronto|carregada|carregado|comprada|comprado|escondida|escondido|no lugar)',
        '(cortei|me cortei) {fill1} (fundo|muito fundo|bem fundo|mais fundo|fundo demais)', '(estou|to|tou) (sangrando|a sangrar|me esvaindo) {fill3} (cortei|me cortei|nao para|nao estanca|sem parar)',
        '(me esvaindo em sangue|sangrando ate morrer|sangrar ate morrer)',
        '(tomei|engoli) {fill2} {pills} (todos|todas|inteira|inteiro|de uma vez|de uma so vez)',
        '(juntei|juntando|guardei|guardando|acumulei|acumulando|escondi|escondendo|separei|separando|tenho guardado|tenho guardados|ja tenho|estou juntando|to juntando|a juntar) {fill2} {pills}',
        '{pills} (guardados|guardadas|juntados|escondidos|separados|contados|prontos)',
        '^ {pills} (todos|todas) [tomados|engolidos|ja] $',
        '(quantos|quantas|quanto) {fill3} (pra|para|preciso pra|precisa pra|precisa para|e preciso para) (morrer|me matar|matar|nao acordar|overdose|ser letal)',
        '(dose|quantidade) (letal|fatal)', '(tomei|tomar|vou tomar|tive) [uma] overdose',
        '{intend} {fill1} (tomar|engolir) (todos|todas|tudo|a cartela|a caixa|o frasco|uma overdose) {fill2}',
        // rope, guns
        '(comprei|arranjei|consegui|ja tenho) (chumbinho|veneno|raticida|veneno de rato)',
        '(arma|revolver|pistola) {fill6} (usar em mim|usar ela em mim|atirar em mim|usar nela|me dar um tiro|usar)',
        '(comprei|arranjei|consegui|ja tenho|tenho|comprar) (uma|a) (corda|arma|pistola|revolver|espingarda)',
        '(abri|abro|vou abrir|deixei aberto|deixar aberto) o gas',
        '(estou|to|tou|fiquei) (na beira do|na beira da|na beirada do|na beirada da) (predio|ponte|telhado|penhasco|precipicio|janela|terraco|laje|viaduto|sacada)',
        '(a|uma) corda [ja] (esta|ta) (pronta|amarrada|presa|pendurada)', '(amarrei|prendi|preparei|pendurei) (a|uma) corda',
        '(arma|pistola|revolver) (na|contra a) [minha] (cabeca|boca|testa)',
        // jumping, traffic
        '{intend} {fill1} {jumpinf} {from} [um|uma|o|a|esse|essa|este|esta|aquele|aquela] ({height}|{traffic})',
        '{jumpnow} {from} [um|uma|o|a|esse|essa|este|esta] ({height}|{traffic}) ({soon}|$|juro|serio)',
        '(vou|quero|pensando em|pensar em|prestes a|fosse|eu fosse) (pular|saltar|me jogar|jogar me|me atirar) ($|mas|e|porem)',
        '(nao sei se|sera que) (pulo|salto|me jogo|pular|saltar|me jogar)',
        '(estou|to|ta|tou|fiquei|sentada|sentado|parada|parado|em pe) (no|na|em cima do|em cima da|no alto do|no alto da|no topo do|no topo da|na beira do|na beira da|na beirada do|na beirada da) [terraco do|telhado do|topo do|alto do] (terraco|telhado|laje|cobertura|ponte|viaduto|predio|edificio|passarela) {fill3} (pensando|olhando|sozinha|sozinho|agora|a espera|esperando|de novo|pra pular|para pular|pronta|pronto|com vontade|querendo|prestes|tomando coragem|acho que)',
        '(estou|to|ta|tou) (na|no|nos|nas|em cima da|em cima do) (ponte|viaduto|parapeito|beirada) [agora] $',
        '(estou|to|ta|tou) (em cima do|em cima de um|no alto do|no topo do|no telhado do|no terraco do) (predio|edificio|viaduto) [agora] $',
        '(estou|to|ta|tou|fiquei|sentada|sentado|parada|parado) (na|no|nos|nas|em cima da|em cima do|a beira da|a beira do|na beira da|na beira do) (linha do trem|linha do comboio|linha do metro|trilhos|trilho|beira do precipicio|precipicio|penhasco|parapeito|beirada da ponte|borda do predio|beirada do predio)',
        '(olhando|a olhar) (pro|para o|o) (rio|mar|vazio|chao|abismo|trem|comboio) {fill4} (pular|e hoje|acho que e hoje|vou|coragem)',
        '(a|a espera|esperando) [que][o] (trem|comboio|metro) (passe|passar|chegar|chegue|vir|venha)',
        '(vou|quero) (jogar|bater|enfiar) (o|meu) carro (contra|num|no|numa|na|em) [um|uma|o|a] (arvore|muro|parede|caminhao|poste|ponte)',
        // timing, done
        '[ja] (escolhi|decidi|marquei) (o dia|a data|a hora|o lugar|como vou fazer|como fazer) (pra fazer|para fazer|de fazer|$)',
        '[ja] (sei|decidi|planejei) (como|quando|onde) (vou fazer|fazer isso|vou me matar|me matar)',
        '[ja] (planejei|planeei|tenho planejado|esta planejado|ta planejado|esta tudo planejado|ta tudo planejado) tudo',
        '[eu] (vou fazer|faco|faco isso|vou fazer isso) (hoje a noite|hoje|essa noite|esta noite|amanha|no sabado|no domingo|$) {fill6} (planejei|planeei|planejado|decidi|juntei|remedios|corda)',
        '(quando|assim que) {fill2} (sair|sairem|dormir|dormirem|viajar|viajarem|for embora|forem embora) {fill4} (vou fazer|eu faco|faco) $',
        '(remedios|comprimidos|eles) [ja] (estao|tao) (fazendo efeito|a fazer efeito|batendo)',
        '[ja] (fiz|fiz isso|fiz o que tinha que fazer) {fill4} (tomei|engoli|remedios|comprimidos|cartela|me cortei)',
        '(vou|vou estar) [estar] (morta|morto) (antes de|ate) {fill2}',
        '(beber|bebi|tomei|tomar|engoli) (agua sanitaria|veneno|chumbinho|raticida|soda caustica|lixivia|desinfetante)',
      ],
    },
    {
      // Affairs put in order and quiet farewells: "já deixei tudo resolvido, paguei o aluguel",
      // "transferi toda minha grana pro meu irmão", "meu último café, último pôr do sol",
      // "desculpa pelo que vocês vão ficar sabendo amanhã", "ela não sabe que foi o último".
      id: 'pt.goodbye-signs',
      tier: 'act',
      patterns: [
        '(deixei|ja deixei|deixo|to deixando|estou deixando) tudo (resolvido|organizado|em ordem|acertado|arrumado|pago|certinho) ... (nao volto|nao vou voltar|valeu por me ouvir|valeu por tudo|obrigad* por tudo|transferi)',
        '(paguei|cancelei|quitei) {fill4} (cancelei|paguei|avisei|quitei) {fill8} (nao volto|nao vou voltar|valeu por|obrigad*|foi bom|ja deixei)',
        '(senhas|senha|codigos|pin|dados) (do|da|dos|das|de) (banco|conta|contas|cartao|cartoes) {fill3} (pro|pra|para) (meu|minha|meus|minhas) {family}',
        '(transferi|passei|dei|mandei|deixei) (toda|todo|todas|todos) (minha|meu|minhas|meus|a minha|o meu) (grana|dinheiro|economias|poupanca|reserva|salario|coisas) (pro|pra|para|pros|pras) (meu|minha|meus|minhas|o meu|a minha) {family}',
        '(ultimo|ultima) (cafe|cigarro|cerveja|passeio|noite) ... (ultimo|ultima) (por do sol|nascer do sol)',
        '(ultimo|ultima) (por do sol|nascer do sol) ... (ultimo|ultima) (cafe|cigarro|cerveja|passeio|noite|vez)',
        '(desculpa|desculpem|perdao|me perdoem|foi mal) {fill3} (pelo que|por o que) (voces|vcs|vc|voce|todos|tu) (vao|vai) (ficar sabendo|saber|descobrir|ver|receber) (amanha|depois|hoje|logo)',
        '(desculpa|desculpem|perdao|me perdoem) {fill2} (a quem|pra quem|para quem|quem) me (encontrar|achar)',
        '(gravei|escrevi|deixei|preparei) {fill6} (quando|pra quando|para quando) {fill4} [$] [pq|porque|que] [eu] (nao vou estar|ja nao vou estar|nao estarei) (la|aqui|mais|presente|$)',
        '(abracei|visitei|fui ver|liguei pra|liguei para|almocei com|jantei com) (minha|meu|a minha|o meu|a|o) {family} ... (nao sabe|nao sabem|nao sabia|nao sabiam|nem sabe) que (foi|era) (o|a) (ultimo|ultima|ultima vez|ultimo abraco|despedida)',
        '(queria|quero|so queria) (me despedir|dar tchau|dizer adeus) (de alguem|pra alguem)',
        '(quero|queria) que (encontrem|achem) tudo (em ordem|limpo|arrumado|organizado)',
        // A goodbye nobody noticed: "hoje me despedi da minha avó sem ela perceber".
        '(me despedi|despedi me|me despedindo|me despeco|fui me despedir|me despedir) (de|da|do|dos|das) {fill4} (sem que|sem|e ninguem|e nao|mas nao) {fill2} (perceber|percebesse|percebeu|perceberam|saber|soubesse|sabe|sabem|sabia|desconfiar|desconfiasse|notar|notou|notasse)',
        // Affairs put in order so nobody has the work after: "deixei tudo arrumado pra ninguém ter trabalho depois".
        'tudo (resolvido|organizado|arrumado|em ordem|pago|certinho|acertado|encaminhado) {fill3} (pra|para) (ninguem|voces nao|vcs nao|ela nao|ele nao) (ter|precisar|se preocupar|se incomodar) {fill3} (depois|quando|mais tarde)',
      ],
    },
    {
      // Plans in everyday words: the place, the means at hand, the date, a past attempt, research:
      // "tô na laje do prédio e ninguém sabe que eu subi", "peguei os remédios da minha vó",
      // "dessa vez não vai dar errado", "lendo fórum sobre o jeito mais rápido", "sexta é a hora".
      id: 'pt.plan-signs',
      tier: 'act',
      patterns: [
        '(to|estou|tou|ja to|subi|sentada|sentado|em pe) (na|no|em cima da|em cima do|na beira da|na beirada da|no alto da|no alto do) (laje|telhado|terraco|cobertura|ponte|viaduto|parapeito|beirada|janela|sacada|passarela|torre|penhasco) {fill6} (ninguem sabe|ninguem viu|ninguem me viu|sozinha|sozinho|ninguem aqui)',
        'ninguem sabe que (eu )?(subi|to aqui|estou aqui|sai de casa|to aqui em cima)',
        '(peguei|separei|juntei|escondi|roubei) {fill3} {pills} {fill6} [$] {fill3} (na minha frente|aqui na minha frente|na mao)',
        // someone else's medicine taken and laid out (after "remédios de pressão", which alone is ordinary)
        '(da|do|das|dos) (minha|meu|minhas|meus) {family} {fill2} [$] (tao|estao|ta|esta|ficam|deixei) [aqui|todos|todas] na minha frente',
        '(tentei|ja tentei|tentei me matar|minha tentativa) ... (dessa vez|desta vez|agora|essa vez) (nao vai|nao vou) (dar errado|falhar|errar|sobreviver|me salvar|escapar)',
        '(ja tentei|tentei|ja tentei uma vez|tentei uma vez) {fill6} (dessa vez|desta vez|lavagem|me salvaram|me acharam|hospital|uti|me internaram)',
        '(forum|foruns|google|pesquisando|pesquisei|lendo|li|procurando|procurei|pesquisa) {fill6} (jeito|forma|maneira|metodo|modo) (mais rapido|mais facil|mais indolor|menos doloroso|sem dor|de morrer|de partir)',
        'como (morrer|partir|ir embora|sumir|dormir pra sempre|me matar) (sem|pra nao) (dor|sofrer|doer|sentir nada)',
        '(quando|assim que) (minha|meu|meus|minhas|a minha|o meu) {fill3} (viajar|sair|dormir|viajarem|sairem|dormirem|for embora|forem embora) {fill3} (e a hora|vai ser a hora) $',
        '(material de construcao|loja de ferragens|ferragens|ferragem) {fill6} (comprei|peguei) (o que faltava|tudo|o resto|a corda)',
        '(corda|forca) (comprada|comprado|pronta|pronto|pendurada|amarrada|no lugar|ja ta pronta)',
        '(me cortei|cortei) {fill2} (mais fundo|muito fundo|fundo demais)',
        '(me cortei|cortei) {fill8} [$] {fill4} (nao para|nao parou|nao ta parando|nao esta parando) de sangrar',
        '(trancada|trancado|fechada|fechado|me tranquei) {fill4} garagem {fill6} (motor ligado|carro ligado)',
      ],
    },
    {
      // Passive wishes in everyday words: hoping for an illness or an accident, not waking from surgery,
      // "minha família ia viver mais leve sem mim", "pra que escovar os dentes, pra que eu".
      id: 'pt.passive-signs',
      tier: 'cue',
      patterns: [
        '(torcendo|torco|rezando|rezo|tomara|espero|queria) {fill2} (pra|para|que) {fill2} (dar|de|saia|apareca|aparecer|seja|for) {fill1} (alguma coisa|algo|coisa) (ruim|grave|seria|terminal|feia) {fill2} (exame|exames|biopsia|resultado|resultados|check up)',
        '(tomara|espero|torcendo|queria) {fill3} (exame|exames|biopsia|resultado|resultados) {fill4} (alguma coisa|algo|coisa) (ruim|grave|seria|terminal|feia)',
        '(queria|quero|tomara|torco|torcendo|rezo|quem me dera) {fill3} (sofrer|ter|pegar|que aconteca) (um acidente|uma doenca|alguma doenca|algo grave)',
        'se (eu )?(nao acordar|morrer|nao sobreviver) {fill6} (ta de boa|tudo bem|tanto faz|melhor|de boa|nao ligo|nao me importo|ok pra mim|sem problema)',
        '(viver|ficar|ficaria|viveria|seria|iam viver|ia viver|ia ficar|iam ficar) {fill3} (mais leve|mais leves|melhor|melhores|mais feliz|mais felizes|mais tranquil*|em paz) sem mim',
        'sem mim {fill3} (viveria|viveriam|ficaria|ficariam|seria|seriam|iam|ia) {fill2} (melhor|mais leve|mais feliz|mais felizes|em paz|mais tranquil*)',
        '(pra que|para que) {word} {fill2} (pra que|para que) {word} {fill2} (pra que|para que)',
        '(pra que|para que) eu $',
        // things given away that will not be needed: "já dei minhas roupas pros primos, não vou precisar"
        '(dei|doei|distribui|passei|deixei|vendi) {fill8} [$] (nao|ja nao) (vou|vai|vao) [mais] (precisar|usar|fazer falta)',
        'sair da vida de (todo mundo|todos|toda gente|geral|todo mundo de vez) {fill2} (de vez|pra sempre|para sempre|$)',
        'pra ninguem (mais )?(ter|precisar) (que|de) (se preocupar|cuidar|lidar) (comigo|de mim)',
        'lista de (motivos|razoes) (pra|para) (ficar|viver|continuar|seguir) {fill4} (curta|pequena|vazia)',
        '(escondi|guardei|tranquei|joguei fora|dei pra alguem guardar) {fill2} (tudo que corta|tudo o que corta|as laminas|as giletes|a gilete|a lamina|as facas|os estiletes|o estilete) {fill4} (pra nao|para nao|pra eu nao|para eu nao)',
      ],
    },
    {
      // Veiled farewells, worth a question: "amanhã cedo vocês vão entender tudo", "falta pouco
      // pra tudo acabar", "logo vocês não vão mais ter que me aguentar".
      id: 'pt.veiled',
      tier: 'cue',
      patterns: [
        '({soon}|logo|em breve|um dia|quando souberem|depois de hoje) {fill3} (vao entender|vai entender|vais entender|entenderao|vao saber porque|vao saber por que|vao compreender) [tudo|porque|por que|$]',
        '(ja falta|falta) (pouco|muito pouco) (pra|para) (tudo|isso) (acabar|terminar|parar de doer)',
        '(isso|tudo) (acaba|termina|vai acabar|vai terminar) (logo|hoje|amanha|essa noite|hoje a noite) $',
        // two affairs handed on in one message: "mandei a senha do banco pra minha irmã e disse que amo ela"
        '{handed} ... {handed}',
      ],
    },
    {
      // A means beside having it, in everyday words (a question: "lista" alone is a party): "a corda já tá pronta", "comprei tudo que eu preciso".
      id: 'pt.means-ready',
      tier: 'cue',
      patterns: ['{meansword} {fill8} {gotit}', '{gotit} {fill8} {meansword}'],
    },
    {
      // Words coined to get past filters and emoji as words: "ir de arrasta pra cima", "cancelar meu
      // próprio CPF", "🪢 comprada", "pular da 🌉 hoje".
      id: 'pt.coded',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        '(ir|vou|quero|pensando em|penso em|vontade de) {fill2} (de arrasta pra cima|de arrasta para cima)',
        '(cancelar|deletar|desativar|excluir|encerrar) (meu|o meu|minha|a minha) (proprio|propria) (cpf|conta na vida|existencia)',
        '(cancelar|cancelei|cancelo) (meu|o meu) cpf (de vez|hoje|hj|pra sempre|$)',
        '(desinscrever|desinscrevo|me desinscrever|cancelar minha assinatura|cancelar a assinatura) (da vida|desse mundo|deste mundo|da existencia)',
        '{intend} {fill1} (coffin|caixao) (ja|hoje|essa noite|agora|$)',
        '(coffin|caixao) [coffin|caixao] {soon}',
        '^ {pills} [{pills}] [{pills}] (na mao|na minha mao|prontos|contados|ja prontos)',
      ],
    },
    {
      // Round 5: a plan in everyday words: waiting to be alone ("quando a minha colega de casa sair
      // logo à noite é que vou fazer"), everything swallowed and "não adianta ligar pra ninguém",
      // money left first and then the end ("vou deixar a grana pra minha mãe e aí acabo com isso"),
      // thinking whether to jump on a height ("to na varanda do 9 andar... só pensando se pulo").
      id: 'pt.plan-quiet',
      tier: 'act',
      patterns: [
        '(quando|assim que|logo que|mal|no dia que|na hora que) {fill6} {alone} {fill4} (vou fazer|faco|farei|que vou fazer|que faco|vou fazer isso|faco isso) $',
        '({swallow} (tudo|todos|todas|tudinho|a caixa|o frasco|a cartela)|{swallow} {many} {fill2} {pills}|{wholepack}|ja fiz) ... {untold}',
        '(deixar|deixo|deixei|mandar|mando|mandei|passar|passo) {fill2} {belongings} {fill2} (pra|para|pro|com) {fill2} {family} ... {endit}',
        '{height} ... (pensando|penso|pensei|decidindo|na duvida|em duvida|fico pensando|to pensando) se (pulo|me jogo|salto|me atiro|vou pular|pulo ou nao|devo pular)',
        // the same meanings as in es: a letter written while waiting to be alone, pills with drink,
        // a try that failed before and tonight nobody told, the funeral arranged
        '{letter} ... (esperando|espero|so falta|quando|ate) {fill4} {alone}',
        '{swallow} {fill2} {pills} {fill2} (com|e) {fill1} (vinho|alcool|cerveja|vodka|cachaca|pinga|whisky|gin|tequila|a garrafa|uma garrafa|a garrafa toda)',
        '{tried} ... ({soon}|{untold}|desta vez|dessa vez)',
        '{gone} ... (velorio|funeral|enterro|cinzas|tumulo|missa|cemiterio)',
        '(quero que|que) (toquem|coloquem|ponham|cantem|leiam|tocam) {fill6} (no|pro|para o|durante o) meu (velorio|enterro|funeral)',
        '(espalhem|joguem|levem|espalha|joga) (as )?minhas cinzas',
      ],
    },
    {
      // Round 5: goodbyes without the word: a last post with thanks ("este é o último post que faço
      // aqui, obrigada a quem esteve sempre cá"), "um dia vais perceber porque é que fiz isto",
      // praise in the past with an apology ("a senhora foi a melhor mãe do mundo... desculpa por tudo").
      id: 'pt.goodbye-quiet',
      tier: 'act',
      patterns: [
        '(ultimo|ultima) (post|postagem|publicacao|mensagem|video|story|tweet|texto) (que|aqui|daqui|$) ... ({thanks}|(obrigada|obrigado|valeu) (a|pra|para) (quem|todos|todas|todo mundo)|gosto muito de (voces|vcs|vos)|amo (voces|vcs))',
        '({thanks}|(obrigada|obrigado|valeu) (a|pra|para) (quem|todos|todas|todo mundo)) ... (ultimo|ultima) (post|postagem|publicacao|mensagem|video|story|tweet|texto) (que|aqui|daqui|$)',
        '(um dia|algum dia|depois|mais tarde|quando souberes|quando souber|quando souberem) {fill2} (vais|vai|vao|voces vao|tu vais) (perceber|entender|compreender|saber) (porque|por que|o porque|porque e que|por que e que) {fill3} (fiz|fui|fiz isto|fiz isso|tive que fazer|tive de fazer)',
        '(foi|foste|e|es) (a melhor|o melhor) (mae|pai|amiga|amigo|irma|irmao|pessoa|vo|avo|filha|filho|namorada|namorado|mulher|marido) {fill4} ... ((desculpa|desculpe|perdao|me perdoa|me perdoe) por tudo|nunca (esquece|esquecas|se esqueca) disso)',
      ],
    },
    {
      // Round 5: what the thought still does, under a denial: staring at the pills ("não vou tomar os
      // remédios, juro. só fico olhando pra caixa"), a thought that comes every day, envying the dead,
      // crossing without looking and not caring, wishing the plane would fall, "dar logout da vida".
      id: 'pt.held-by',
      tier: 'cue',
      patterns: [
        '{pills} ... (olhando|encarando|olho|encaro|olhei) (pra|para|pro|pros|pras) [a|o|os|as] (caixa|cartela|frasco|vidro|{pills})',
        '(fico|fiquei|to|estou|tava|estava|passei) {fill3} (olhando|encarando) (pra|para|pro|pros|pras) [a|o|os|as] ({pills}|{sharp}|gilete|corda|arma)',
        '(pensamento|pensamentos|ideia|ideias) (que vem|que volta|que aparece|vem|volta|aparece) ... nao vou fazer nada',
        'nao vou fazer nada com (ele|ela|eles|isso|esse pensamento|essa ideia)',
        '(invejo|tenho inveja de|inveja de|sinto inveja de) (quem|os que|as pessoas que|gente que) [ja] (morreu|morreram|morre|esta morto|ta morto|partiu|se foi|descansou)',
        '(atravesso|atravessar|atravessando|atravessei|cruzo|cruzar|cruzei) {fill3} sem olhar {fill6} (nem ligo|nao ligo|tanto faz|nao me importo|nem me importo|tomara|se me atropelar|que venha|se vier)',
        '{craft} ... (tomara|torcendo pra|torcendo para|rezando pra|rezando para|so pensava|pedia) [que] {fill1} (caia|caisse|caia logo|bata|batesse|afunde|afundasse|exploda|explodisse|despenque|despencasse)',
        '{longing} {fill2} {logoff} (da|de|desta|dessa|na|no|nessa|neste|nesse) (vida|mundo|existencia|viver)',
        '(segunda|proxima|outra) vez {fill3} nao vou (falhar|errar) ... (deu errado|falhou|errei|nao deu certo) na primeira',
        '(so|somente|apenas) (continuo|fico|to|estou|sigo) (aqui|viva|vivo|vivendo) {fill2} (por causa|pelo|pela|por)',
        'se nao fosse (por|pelo|pela) {fill3} (eu )?(ja nao estaria|nao estaria aqui|ja teria|ja tinha) ',
      ],
    },
    {
      // Round 5: self-harm in other words: "tava limpa fazia 3 meses e hoje quebrei", new blades hidden
      // ("comprei lâminas novas e escondi na gaveta. já usei uma").
      id: 'pt.self-harm-more',
      tier: 'act',
      softenedBy: ['urge'],
      patterns: [
        '(tava|estava|fiquei|estive|to|estou) (limpa|limpo) (fazia|ha|havia|por|durante|faz|faziam|fazem|desde) {fill2} (dias|semanas|meses|mes|ano|anos) ... (quebrei|recai|estraguei|perdi|voltei|cai|joguei fora|joguei tudo fora|deslizei)',
        '(comprei|arranjei|consegui|peguei|guardei|escondi) {fill2} {sharp} ... (ja usei|usei uma|usei ontem|usei hoje|to usando|estou usando|usei de novo)',
        '(soquei|soco|socava|bati|dei socos|dei murros|esmurrei|murrei) {fill3} (parede|porta|espelho|muro) {fill4} ate (abrir|sangrar|machucar|ferir|quebrar|rasgar|estourar|ficar roxa|ficar roxo)',
      ],
    },
    {
      // Round 5: blades hidden away: "escondi as lâminas na gaveta" (a question).
      id: 'pt.hidden-means',
      tier: 'cue',
      patterns: ['{sharp} {fill4} {hide}', '{hide} {fill3} {sharp}'],
    },
    {
      // Round 6: self-harm named by the place or the aftermath: "voltei pro braço", "recaída nível
      // 'tive que comprar mais curativo'", a clean-day counter back to zero.
      id: 'pt.self-harm-coded',
      tier: 'act',
      softenedBy: ['urge'],
      patterns: [
        '(voltei|voltando|volto|to voltando|comecei de novo) (pro|para o|pra|para a|ao|a|no|na) {body} [hoje|ontem|de novo|outra vez|$]',
        '(recai|recaida|tive uma recaida|fiz de novo|voltei a fazer) {fill8} (curativo|curativos|band aid|bandaid|gaze|gazes|atadura|ataduras|esparadrapo|manga comprida|moletom no calor|pulseiras pra esconder)',
        '(contador|contagem|sequencia|streak|dias limpa|dias limpo) {fill3} (zerou|zerado|zerada|voltou (a|pro|pra) (zero|0)|no zero|em zero|de volta ao zero) ... (tava|estava|ia|tinha) {fill2} {number} (dias|semanas|meses) [limpa|limpo] $',
        '(zerei|zerou) (o|a|meu|minha) (contador|contagem|sequencia|streak) ... (tava|estava|ia|tinha) {fill2} {number} (dias|semanas|meses) [limpa|limpo] $',
      ],
    },
    {
      // Round 6: goodbyes in arrangements: belongings disposed of "quando eu não estiver", things given
      // "so nobody is left with a problem", logins passed on "pra cuidar depois", apologies to
      // everyone "só faltava isso", a job quit "não vou precisar de emprego nenhum", a pet left with a
      // cover story "de vez", a will in the phone's notes, "a partir de amanhã ninguém precisa se preocupar".
      id: 'pt.goodbye-settled',
      tier: 'act',
      patterns: [
        '{gone} ... {bequest}', '{bequest} ... {gone}',
        '({give}|paguei|ja paguei|quitei|cancelei|ja cancelei) ... {squared}',
        // given away and not needed is a question ("dei meu videogame pros primos, não vou precisar"); with the
        // password sent, all of it in order, a prized thing or a surprised receiver it is a goodbye
        '{give} ... {giveextra} ... {notneedend}', '{give} ... {notneedend} ... {giveextra}',
        '(passei|dei|mandei|deixei|entreguei) {fill3} (login|logins|senha|senhas|acesso|acessos) ... (cuidar (disso|delas|dele|deles|das contas) (depois|quando)|pra depois|para depois|cuidar depois|achou que era (brincadeira|zoeira|piada))',
        '(pedi|fui pedir) (desculpa|desculpas|perdao) {fill8} ... (so faltava isso|era so o que faltava|nao falta mais nada|ja nao falta nada|agora ja posso|agora posso ir|ja posso ir)',
        '(pedi demissao|me demiti|larguei o (emprego|trampo|trabalho)|sai do (emprego|trampo)|tranquei a (faculdade|facul|matricula)|cancelei a matricula) ... (nao|ja nao) vou precisar de (emprego|trabalho|trampo|faculdade|facul|diploma|salario|dinheiro) [nenhum|nenhuma|mais|mesmo]',
        '(falei|disse|contei|expliquei) (que|q) (era|e|seria|ia ser) [so] (pro|para o|pra|por|pelo|uns|umas|so) {fill2} (feriado|fim de semana|fds|viagem|dias|semana|semanas|ferias) ... (mas|so que) {fill6} [$] {fill2} (de vez|pra sempre|para sempre|nao volto|nao vou voltar)',
        '(escrevi|anotei|deixei escrito|listei|fiz uma lista) {fill6} quem (fica|vai ficar) com (o que|oq|cada coisa|o que e meu)',
        '(a partir de amanha|depois de hoje|depois desta noite|depois dessa noite|{soon}) {fill3} [ja] ninguem (precisa|vai precisar|tem que|tem de|vai ter que|vai ter de) [de] ((se preocupar|preocupar se) comigo|cuidar de mim|me aturar|me aguentar|lidar comigo)',
        '(e|foi|seria) (a|o) (unica|unico) (pessoa|que) {fill6} ... (queria que (vc|voce|tu) soubesse|precisava te dizer|so queria dizer) {fill3} (enquanto|antes que)',
      ],
    },
    {
      // Round 6: a plan in everyday words: water or a drop scouted for the deepest place and a day
      // to come back, money for the trip spent on "what I need for Friday", a date chosen so he never
      // celebrates again, the top floor with the door open, a failed try and "this time properly",
      // taken already and the body going, walking into the sea dressed, a date marked that only I
      // understand, a day off for no reason and "everything set aside".
      id: 'pt.plan-everyday',
      tier: 'act',
      patterns: [
        '{scouted} ... {depth}', '{depth} ... {scouted}', '{scouted} {fill6} (duas vezes|tres vezes|varias vezes|de novo|outra vez) ... {nobodythere}',
        '({scouted}|{depth}) ... (volto|vou voltar|voltarei) (la|ali|pra la) ({soon}|no {soon}|$)',
        '{futuremoney} {fill8} {vagueneed} ({soon}|(pra|para|pro) {soon}|$)',
        '(escolhi|marquei|decidi|separei) (esse dia|essa data|o dia|a data|o aniversario dele|o aniversario dela|o nosso aniversario|o dia do aniversario dele) (pra|para|pra que|para que) (ele|ela|eles|elas) (nunca|nao) {fill3} (comemorar|celebrar|esquecer|festejar)',
        '(to|estou|tou|subi|cheguei) (no|na|ate o|ate a) (ultimo andar|telhado|terraco|cobertura|laje|topo) ... ((porta|portao) (da|do|de) (escada|escada de incendio|saida de emergencia|terraco|telhado|cobertura|laje|heliponto)|alcapao|acesso (ao|a) (telhado|terraco|cobertura|laje|heliponto)) {fill3} (aberta|aberto|destrancada|destrancado|sem tranca|liberada|liberado)',
        '{tried} ... (dessa vez|desta vez|agora) {fill2} (vou fazer direito|faco direito|vai dar certo|nao vou errar|nao vou falhar|nao erro|nao falho|nao tem erro)',
        '(da|na|dessa|desta) (segunda|proxima|outra) vez {fill3} (nao vou falhar|nao vou errar|vou fazer direito|faco direito|vai dar certo) ... (deu errado|falhou|errei|nao deu certo|falhei) (na|da) primeira',
        '{tookit} ... {effects}', '{effects} ... {tookit}',
        '(entrei|to entrando|estou entrando|entrando|andei|caminhei|fui entrando) (no|na) (mar|rio|lago|represa|lagoa|agua) ... (de roupa|vestida|vestido|com roupa) ... (batendo no|ate o|na altura do|chegando no) (peito|pescoco|queixo)',
        '(entrei|to entrando|estou entrando|entrando|andei|caminhei|fui entrando) (no|na) (mar|rio|lago|represa|lagoa|agua) ... (batendo no|ate o|na altura do|chegando no) (peito|pescoco|queixo) ... (de roupa|vestida|vestido|com roupa|nao vou voltar|nao volto)',
        '(marquei|anotei|coloquei|botei|escolhi) {fill6} (calendario|agenda|dia|data) ... (so eu sei|ninguem sabe) (o que|oq) (e|significa|quer dizer)',
        '(e|eh|vai ser|sera) o dia $ ... (ja|tudo|ta tudo|esta tudo|ja ta tudo|ja esta tudo) (separado|escondido|guardado)', '(tudo|ta tudo|esta tudo|ja ta tudo|ja esta tudo) (separado|escondido|guardado) $ ... (e|eh|vai ser|sera) o dia $',
        '(folga|sem motivo|sem ninguem saber) ... (e|eh|vai ser|sera) o dia $',
        // over the railing, shoes off at a drop, pills saved instead of taken, a legacy contact set
        '(passei|pulei|atravessei) (a|o|da|do) (grade|mureta|corrimao|barreira) (da|do) {drop}', '(passei|pulei|atravessei) (o|do) (parapeito|guarda corpo)', '(do lado de fora|do outro lado) (do parapeito|do guarda corpo|(da|do) (grade|mureta|barreira) (da|do) {drop})',
        '(to|estou|tou|fiquei) (no|na|em cima do|em cima da) {drop} ... (os|meus) (sapatos|tenis|chinelos) (do lado|ao lado|no chao|juntos|arrumados)',
        '(sem tomar|nao to tomando|nao estou tomando|parei de tomar|deixei de tomar) {fill2} {pills} {fill3} (e|mas) {fill1} (guardando|juntando|acumulando|escondendo|to guardando|estou guardando|guardo|junto)',
        '(coloquei|configurei|botei|escolhi|adicionei|deixei) {fill8} (contato herdeiro|contato de legado|conta inativa|gerenciador de conta inativa|legado digital)',
      ],
    },
    {
      // Round 6: passive wishes in other words: a good test result met with disappointment, no age
      // imagined ("não consigo me imaginar com 25"), the story ending here, being the family's problem
      // and peace if I left the scene, no strength for one more day, a lightning strike hoped for.
      id: 'pt.passive-everyday',
      tier: 'cue',
      patterns: [
        '{medtest} ... {goodresult} ... {letdown}', '{letdown} ... {medtest} ... {goodresult}',
        '(nao consigo|nao) me (imaginar|imagino|ver|vejo) (com|aos|chegando aos|chegando nos|fazendo) {number} [anos] ($|nem)', 'nao me (vejo|imagino) em (nenhum|futuro nenhum)',
        '(como se|e como se) (a minha historia|minha historia|minha vida|o filme|tudo|o meu caminho) (acabasse|terminasse|parasse|se encerrasse) (aqui|ai|agora|hoje)',
        '(sou|eu sou) o problema (dessa|desta|da|de) (familia|casa)', 'se eu (saisse de cena|sumisse|desaparecesse|nao existisse|fosse embora) {fill3} {everyone} {fill2} (ia|iam|iria|iriam|teria|teriam|ficaria|ficariam) {fill1} (paz|sossego|tranquilidade|tranquilos|tranquila|tranquilo)',
        '(nao dou conta|nao aguento|nao suporto|nao consigo) (de )?mais um dia',
        '(to|estou|tou) (estragando|acabando com|atrapalhando) (a velhice|a vida|a aposentadoria) (deles|dela|dele|dos meus pais|da minha mae|do meu pai)',
        '(to|estou|tou) me apagando ... (ninguem|que ninguem|nao quero que ninguem) {fill2} (acenda|acender|salve|salvar|resgate|resgatar|ajude|ajudar)',
        '{longing} {fill2} (ficar|me deixar) (la|ali|assim|dormindo) (e nao voltar|e nunca mais voltar|pra sempre|para sempre|e nao acordar)',
        '(se|caso) {fill4} (noticia ruim de saude|diagnostico ruim|me (diagnosticarem|derem) (algo|uma noticia ruim)|algo grave|um acidente|uma doenca) {fill4} (tanto faz|seria (um )?alivio|alivio|nem ligaria|nao ligaria|nao me importaria|ate melhor)',
        '(nao vou fazer nada|nao vou fazer nenhuma besteira) ... (quantos andares|quantos metros|que altura|a altura|o quao alto|a beirada|a beira)',
        '(sentada|sentado) (em cima das|sobre as) [minhas] maos ... (pra nao|para nao|vontade|aguentar|aguentando|segurando|impulso)', '(pra nao|para nao|vontade|aguentar|aguentando|segurando|impulso) ... (sentada|sentado) (em cima das|sobre as) [minhas] maos', '(minhas|as minhas) forcas (acabaram|se foram|se esgotaram|chegaram ao fim)',
        '{hopefor} {fill2} (cair|caia|caisse) (um raio|uma arvore|um piano|algo|alguma coisa) (em mim|na minha cabeca|em cima de mim)',
        '(pra que|para que) (vou|eu vou) ((renovar|tirar) (o|a|meu|minha) (passaporte|rg|cnh|carteira|visto|documento)|economizar|fazer planos|ir ao dentista|ir no dentista) {fill4} se (nao|ja nao|nem) {fill3} (vou|vai) (usar|precisar|estar|chegar)',
      ],
    },
    {
      // Round 6: the Brazilian slang for dying: "vou de base", "ir de vasco" (not make-up: "vou de base e rímel").
      id: 'pt.coded-slang',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: ['(vou|ir|indo|to indo|acho que vou|quero ir|vontade de ir|pensando em ir|vou acabar indo) de (base|vasco) ({soon}|esse fim de semana|neste fim de semana|nesse fim de semana|logo|mesmo|de vez|$)'],
    },
    {
      // Round 7: arrangements for after I am gone (the same situations as es.after-gone): instructions left
      // "pra quando eu não estiver mais aqui", a will at 26, organs "disponíveis logo", every group left with
      // a message for each, the last visit "que ele continue indo por mim", a farewell round of the places,
      // the funeral dictated "anota aí", the family plot paid "minha mãe não vai precisar gastar", a son taught
      // to manage "sem mim logo logo", a last barbecue "que lembrem de mim rindo", the letter's hiding place
      // "só abre depois", a folder "pra vocês" with what I never said, my things collected "eu já não".
      id: 'pt.after-gone',
      tier: 'act',
      patterns: [
        '{leftnote} ... {after}', '{after} ... {leftnote}', '{handed} ... {after}', '{after} ... {handed}',
        '(fiz|fazer|fui fazer|assinei|ja fiz|redigi|deixei feito) [o|meu|um] testamento {fill8} (com {number} anos|aos {number}|espantado|espantada|nem acreditou|nao acreditou|estranhou|no nome (da|do) (minha|meu) {family}|(pra|para) (minha|meu|a minha|o meu) {family})',
        '(testamento|(no|pro|para o|pelo) nome (da|do) (minha|meu) {family}) ... {squared}',
        '(orgaos|corneas|rins|meus orgaos|meu corpo) ... (vao ficar|ficam|ficarao|vao estar|estarao|fiquem|estejam) {fill1} (disponiveis|livres) (logo|em breve|logo logo|daqui a pouco|rapidinho|$)',
        '(doador|doadora|doar|doacao) ... (logo|em breve|logo logo|daqui a pouco) {fill4} (sirvam|servir|usem|usar|aproveitem|aproveitar|disponiveis)',
        '{exitall} ... (nao|ja nao) (incomodo|vou incomodar|incomodarei|atrapalho|vou atrapalhar|encho o saco) [voces|vcs|ninguem] [mais|nunca mais] [ninguem] $',
        '{exitall} {fill4} (familia|da familia|minha familia) ... ((mensagem|mensagens|audio|audios|carta|cartas|bilhete) (pra|para|a) cada (um|uma)|agradecendo|agradeci|{thanks})',
        '(mensagem|mensagens|audio|audios|carta|cartas|bilhete|bilhetes) (pra|para|a) cada (um|uma) {fill6} (agradecendo|obrigad*|me despedindo|pra me despedir|pra agradecer) ... ((nao|ja nao) (incomodo|vou incomodar) [voces|vcs|ninguem] [mais]|{after}|{gone})',
        '(pela ultima vez|a ultima vez|minha ultima vez|um ultimo passeio|uma ultima volta|ultima volta|ultima visita) ... ({give}|dei) ... (por mim $|no meu lugar|em meu nome|que (continue|siga) (indo|vindo|usando|jogando) (ele|ela|eles|elas))',
        '(ultima volta|ultimo passeio|pela ultima vez|uma ultima volta|um ultimo passeio|a ultima volta) ... [ja] (me despedi|fui me despedindo|estou me despedindo|me despeco) de (tudo|todos os lugares|cada lugar|cada canto|os lugares)',
        '(nao quero|quero|prefiro|queria) (velorio|enterro|missa|cremacao|ser cremada|ser cremado|ser enterrada|ser enterrado|que me cremem|que me enterrem) ... (cinzas|cremacao|cremada|cremado|cremem|enterro|velorio|caixao) ... (anota|anotem|guarda isso|guardem isso|lembrem disso|so vou falar uma vez|vou falar uma vez so|nao esquecam|fica registrado|deixa registrado)',
        '(jazigo|tumulo|cova|sepultura|cemiterio|funeraria|plano funerario|seguro funeral|cremacao|gaveta no cemiterio|lote no cemiterio) ... ((nao|ja nao) (vai|vao) (precisar|ter que|ter de) (gastar|pagar|se preocupar|desembolsar) [com] [nada|um centavo]|ninguem (vai|vai precisar|precisa) (gastar|pagar))',
        '(ensinei|estou ensinando|ensinando|mostrei|expliquei) ... (se virar|viver|seguir|ficar bem|se cuidar|se defender|dar conta) [sozinho|sozinha|sozinhos|sozinhas] sem mim (logo|logo logo|em breve|daqui a pouco|ja ja|muito em breve|de vez|pra sempre|para sempre|$)',
        '(ultimo|ultima) (churrasco|role|jantar|almoco|festa|cerveja|rodada|encontro|resenha|pelada|viagem|balada|happy hour) ... ((que|quero que) (lembrem de mim|se lembrem de mim|me lembrem) (rindo|assim|feliz|sorrindo|desse jeito)|(lembrem de mim|me lembrem) (rindo|assim|feliz|sorrindo|desse jeito))',
        '(carta|cartas|bilhete|bilhetes|envelope) {fill6} (esta|estao|fica|ficam|deixei|guardei) (no|na|em|dentro) ... ((so|soh) (abre|abra|abram|le|leia|leiam|abrir|ler)|abre|abram|leia|leiam) depois [esta|ok|viu|ne|por favor|pfv] $',
        '(formatei|apaguei tudo|limpei|resetei|zerei|esvaziei) ... (deixei|ficou) (uma|um) (pasta|arquivo|documento|pendrive) ... (pra|para) (voces|todos|a familia|minha familia|meus pais|minha mae|meu pai|meus {family}) ... (o que eu nunca|tudo o que eu nunca|tudo que eu nunca|coisas que eu nunca|o que nunca) (consegui|tive coragem de|pude|soube) (falar|dizer|contar)',
        '(vem|vai vir|vao vir|venha|pode vir) (buscar|pegar|recolher|levar|tirar) (as minhas|minhas|os meus|meus) (coisas|pertences|roupas|tralha|livros) ... (eu|que eu) (ja nao|nao) [vou estar|estarei] $',
      ],
    },
    {
      // Round 7: a plan told through the place, the time or the means (the same situations as es.plan-told):
      // the car park's top floor and the guard gone, waiting for the exam result "pra minha mãe não achar que
      // foi por causa da prova", charcoal "que não é pra churrasco", a jump survived and "da próxima não erro",
      // notes written and "só esperando escurecer", mid-river on the ferry, pills got with a cover story "já
      // tenho o que faltava", the Day of the Dead chosen, the belt off and the next bend, household poison
      // drunk, the engine on in a shut garage, a trial run, the hard shoulder, the weekend counted, a one-way
      // ticket, the tree found where nobody comes.
      id: 'pt.plan-told',
      tier: 'act',
      patterns: [
        '({drop}|{height}|estacionamento|terraco|laje|cobertura|telhado) ... (seguranca|vigia|guarda|porteiro|zelador|vigilante|ronda) {fill4} (nao volta|so volta|nao vai voltar|demora pra voltar|demora a voltar|ja fez a ronda|nao passa mais)',
        '(esperando|espero|vou esperar|aguardando|depois) ... (pra|para|pra que|para que) (minha mae|meu pai|meus pais|minha familia|ninguem|eles|ela|ele|a minha mae|o meu pai|os meus pais) [nao] (achar|ache|pensar|pense|acharem|pensarem|acreditar|culpar|se culpar|associar) (que )?(foi|e|seja|fosse) (por causa|culpa|por conta) (da|do|de|dela|dele)',
        '(deixo|vou deixar|espero|vou esperar|aguento|so depois|esperando) [pra|para|ate|o|a] (depois|passar|acabar|sair) (do|da|o|a) {fill3} {event} ... {vaguedone}',
        '(carvao|braseiro) {fill4} (nao e|e nao e|nao vai ser|nao era|nao eh) (pra|para) (churrasco|o churrasco|assar|grelhar|fazer churrasco|cozinhar)',
        '(pulei|me joguei|saltei|me atirei) (da|do|de|pela) {height} {fill4} [$] (mas|e) {fill3} (cai|quebrei|sobrevivi|nao morri|me salvaram|me acharam|acordei|estou no hospital|fui parar)',
        '(da|do|de) {height} {fill2} (pulei|me joguei|saltei|me atirei) {fill4} [$] (mas|e) {fill3} (cai|quebrei|sobrevivi|nao morri|me salvaram|me acharam|acordei|estou no hospital|fui parar)',
        '(acha|acham|pensa|pensam|acreditam|acredita|acharam|pensaram) que foi (acidente|um acidente|sem querer|acidental) ... (proxima|da proxima|na proxima|proxima vez|dessa vez|desta vez) {fill2} (nao erro|nao falho|nao vou errar|nao vou falhar|vai dar certo|faco direito|vai ser de verdade)',
        '{letter} ... {waitdark} $',
        '(tomei banho|me arrumei|coloquei|vesti|me vesti|botei) {fill6} (que eu mais gosto|que mais gosto|favorita|favorito|mais bonita|mais bonito|preferida|preferido) ... {waitdark} $',
        '(barco|ferry|balsa|cacilheiro|catamara|navio|lancha|barca|ferryboat|travessia) ... (popa|borda|grade|amurada|proa|parapeito|conves) ... (quando|assim que|no meio|a meio) {fill4} (acabou|acaba|pulo|salto|me jogo|me atiro|e a hora|faco)',
        '(quando|assim que) (estivermos|estiver|chegar|chegarmos) (a meio|no meio|na metade|no ponto mais fundo|no ponto mais alto|la em cima|no topo) (do|da) (rio|mar|ponte|travessia|lago|baia) {fill2} (acabou|acaba|e a hora|eu pulo|pulo|salto|me jogo|me atiro)',
        '({pills}|corda|carvao|arma|pistola|revolver|veneno|chumbinho) ... {cover} ... (ja tenho|agora tenho|agora ja tenho|consegui|completei) {vagueneed}',
        '(clube de tiro|stand de tiro|aula de tiro|aulas de tiro|curso de tiro|porte de arma|licenca de arma|arma|pistola|revolver|espingarda|carvao|corda|{pills}) ... {cover} ... (nao e|nao era|mas nao e|e nao e) (um|uma|pra|para|por|isso|esporte|hobby) {fill2} $',
        '(escolhi|marquei|decidi|separei|defini|ja escolhi|ja marquei|ja decidi) {fill3} (dia de finados|dia dos finados|finados|dia dos mortos) $',
        '(escolhi|marquei|decidi|defini) (o dia|a data) ... (todo mundo|todos|voces|a familia) [ja] (vai|vao) estar no cemiterio',
        '(na|numa) (proxima|primeira|outra) curva {fill3} (nao viro o volante|nao viro|nao vou virar|solto o volante|largo o volante|nao freio|nao vou frear)',
        '(tirei o cinto|sem cinto|ja tirei o cinto|tirei o cinto de seguranca) ... ({crash}|nao viro|nao vou virar|nao freio|nao vou frear)',
        '(bebi|tomei|engoli|acabei de tomar|acabei de beber|estou bebendo|tomei tudo|bebi tudo) {fill4} {chemical}',
        '{intend} {fill1} (beber|tomar|engolir) {fill3} {chemical}',
        '{garageshut} ... {ignition}', '{ignition} ... {garageshut}',
        '{rehearse} ... (da proxima|na proxima|a proxima|proxima vez|dessa vez|desta vez|a proxima vez) {fill2} (nao paro|nao freio|nao desisto|nao volto atras|nao me arrependo|nao amarelo|vou ate o fim|vou ate o final|nao recuo) $',
        '(estou|vou|ando|sigo|fiquei|me deitei|deitei|sentei) [andando|caminhando|parada|parado|sentada|sentado|deitada|deitado] (no|na|pelo|pela|no meio da|no meio do) (acostamento|rodovia|estrada|marginal|pista|autoestrada|via expressa|faixa) ... (de preto|sem luz|sem luzes|no escuro|sem colete|pra nao me verem|sem ninguem me ver|(esperando|espero) {fill3} (caminhao|carreta|bitrem|carro))',
        '(esperando|espero|a espera do|a espera de|vou esperar) {fill3} (caminhao|carreta|carro|bitrem|treminhao) (que venha|que passe|que chegue|vir|passar) (rapido|a toda|a mil|voando|sem frear|desembestado|embalado)',
        '(ja calculei|calculei|fiz as contas|ja fiz as contas|ja pensei|pensei bem|planejei|ja planejei|esta calculado|tenho tudo calculado) ... (ninguem (me procura|vai me procurar|procuraria|sente minha falta|vai sentir minha falta|nota|vai notar|percebe|vai perceber|me acha|vai me achar|me encontra|vai me encontrar)|ninguem (se )?(da|vai dar|daria) conta) (ate|antes de|por|durante)',
        '(passagem|bilhete|ticket|voo) (so de ida|de ida so|sem volta|sem retorno) ... (que tudo (acabe|termine)|que acabe tudo|acabar com tudo|terminar com tudo|la termina tudo|la acaba tudo|{killinf}|{jumpinf})',
        '(la|ali|aqui|nesse lugar|nessa ponte|nesse pier|nesse mirante) {fill2} (quero|vou|vai|tem que) (que tudo (acabe|termine)|que acabe tudo|que termine tudo|acabar com tudo|terminar tudo) [$] {fill2} ({soon}|na (segunda|terca|quarta|quinta|sexta)|no (sabado|domingo)|essa semana|esse mes)',
        '(achei|ja achei|encontrei|ja encontrei|escolhi|ja escolhi) (a|uma|o|um) (arvore|galho|viga) ... ({nobodythere}|ninguem (sobe|vem|passa|aparece) [aqui|ate aqui|por aqui]|ninguem vai me (achar|encontrar|ver))',
      ],
    },
    {
      // Round 7: the same situations where they are only suggestive: charcoal and the house empty, "já me
      // despedi de tudo o que eu amava", a child who will have to manage "sem mim" soon, "todo mundo acha que
      // foi acidente".
      id: 'pt.plan-told-cue',
      tier: 'cue',
      patterns: [
        '(carvao|braseiro) ... (a casa|o apartamento|o ap|o ape) (fica|vai ficar|vai estar|esta) (vazia|vazio|so pra mim|sozinha) $',
        '[ja] me despedi de (tudo|todos os lugares|cada canto) (o que|que) [eu] (amava|gostava|queria|mais amava) $',
        '(vai|vao|vais) (ter que|ter de|precisar|aprender a) (se virar|viver|seguir|crescer|dar conta) [sozinho|sozinha|sozinhos|sozinhas] sem mim (logo|logo logo|em breve|daqui a pouco|ja ja|muito em breve)',
        '(todo mundo|todos|eles|minha familia|meus pais|os medicos|ninguem) (acha|acham|pensa|pensam|acredita|acreditam|sabe|sabem) que (foi|era|nao foi) (acidente|um acidente|sem querer|de proposito)',
      ],
    },
    {
      // Round 7: passive wishes in new shapes (the same as es.passive-told): dengue hoped severe, my photo
      // taken out of the frames "a família ficou mais bonita sem mim", the sleeping pill wished stronger,
      // leaving their lives for good, "não chego nem no natal", the days left in me, the current taking me,
      // a pause with no play, "mais valia eu nunca ter nascido", a memorial profile "que seja já", nobody
      // blaming themselves if I vanish, the year without me imagined "parece-me bem", envying the dead, a
      // danger not fled, not waking from the operation, the insurance worth more, praying to be taken instead.
      id: 'pt.passive-told',
      tier: 'cue',
      patterns: [
        '(torcendo|torci|torcia|rezando|rezei|rezava|queria|esperava|esperando|pedindo|pedi|pedia) (pra|para|que) [que] [o tumor|a biopsia|o resultado|os resultados|o exame|o caroco|a mancha|o nodulo|o cisto|isso|o que eu tenho|a doenca|a dengue] (ser|fosse|seja|desse|der|viesse|venha|fossem|dessem) [da|a|algo|uma coisa|um|o] (grave|maligno|maligna|terminal|incuravel|o pior|a pior|cancer|a forma grave)',
        '(tirei|removi|cortei|apaguei|recortei) (minha|minhas|a minha|as minhas) (foto|fotos|cara|imagem) (de|dos|das|do|da) (todos|todas|porta retratos|porta retrato|album|albuns|fotos de familia|fotos da familia|mural|parede)',
        '({everyone}|a familia|a foto|as fotos|o porta retrato|os porta retratos) {fill2} (ficou|ficaram|fica|ficam|parece|parecem|e|sao|esta|estao) [muito|bem] (mais bonita|mais bonito|mais completa|mais completo|mais feliz|mais felizes|melhor|mais leve|mais em paz|perfeita|perfeito|mais unida|mais unidos) sem mim',
        '((remedio|remedios|comprimido|comprimidos) (pra|para|de) dormir|soniferos|calmante|calmantes|tarja preta|rivotril|zolpidem|clonazepam|diazepam) ... (torcendo|torco|torci|rezando|rezo|tomara|quem me dera|peco a deus) (pra|para|que) [ele|ela|eles|elas|o remedio|os remedios|a dose] (ser|seja|fosse|serem|sejam|fossem) (mais forte|mais fortes|forte demais|fortes demais|o suficiente|suficiente|letal|fatal)',
        '(dar|dou|dando|de dar) (tanto|muito|so) (trabalho|problema|peso|incomodo) ... (melhor|e melhor|seria melhor) [eu] (sair|sumir|desaparecer) (da vida|das vidas) (deles|delas|de todos|de todo mundo|de voces|da minha familia|dos meus {family}|dele|dela)',
        'melhor eu (sair|sumir|desaparecer) (da vida|das vidas) (deles|delas|de todos|de todo mundo|de voces|de toda a gente) (de vez|pra sempre|para sempre|$)',
        '[eu] (nao|nem) (chego|vou chegar|chegaria|vou estar aqui|estarei aqui|vou durar|duro) [nem] (no|na|ao|a|ate o|ate a|ate) (natal|ano novo|fim do ano|final do ano|ano que vem|verao|meu aniversario|aniversario|carnaval|dezembro|proximo ano|pascoa|essa data)',
        'nao me (vejo|imagino) (chegando|chegar|viva|vivo) (a|ao|na|no|ate) (isso|essa data|esse dia|natal|ano que vem|velhice|velha|velho|os {number})',
        '(quantos|quantas|poucos|poucas) (dias|anos|meses|semanas) [ainda] (tem|restam|ha|sobram|cabem|me restam) (em mim|dentro de mim|de vida)',
        '(se|caso) (a correnteza|o mar|a onda|as ondas|a agua|o rio|a mare|um raio) [me] (levasse|levar|pegasse|pegar|arrastasse|arrastar|engolisse|engolir|afogasse|matasse) {fill2} ((estava|ia estar|estaria|esta) [tudo] (certo|bem|otimo|de boa|tranquilo|resolvido)|tanto faz|tanto fazia|nem ligava|melhor|alivio)',
        '{longing} {fill3} (pause|pausa|stop|dar pause|apertar o pause|apertar pause|dar stop) {fill4} ... (sem play|que nao tem play|nao tem play|sem volta|sem retorno|sem replay|sem restart|que nao volta|sem play depois)',
        '{longing} {fill3} (dar pause|apertar o pause|dar stop|pausar|desligar) (em tudo|na vida|na minha vida|no mundo) [$] {fill2} (pra sempre|para sempre|de vez|definitivamente)',
        '(mais valia|mais vale|era melhor|seria melhor|melhor seria|antes) [eu] (nunca ter nascido|nao ter nascido|nunca ter existido|nao ter existido|nem ter nascido)',
        '(minha mae|a minha mae|meus pais|os meus pais|ela|eles) (devia|deveria|deviam|deveriam|devia era|tinha que|tinham que) (ter me abortado|ter abortado|me ter abortado|ter me tirado|abortar me|nao ter me tido|nao me ter tido|nunca ter me tido)',
        '(quem me dera|queria|tomara|preferia) que (minha mae|a minha mae|meus pais|os meus pais|ela|eles) (nao|nunca) (tivesse|tivessem) (me tido|tido|engravidado)',
        '(meu|o meu|minha|a minha) (facebook|face|insta|instagram|perfil|conta|pagina) ... (memoria|memorial|homenagem|in memoriam) ... (desejar|desejo|desejando|queria|quero|tomara|torcendo|rezo|peco) (que|pra|para) (seja|fosse|for|chegue|chegasse|aconteca|acontecesse) (ja|logo|agora|hoje|amanha|em breve|rapido|quanto antes|mais cedo)',
        '(se|quando|caso) {fill3} {died} {fill2} (ninguem|que ninguem) (fique|ficasse|se culpe|se culpasse|se sinta|se sentisse) (se culpando|culpado|culpada|culpados|mal|responsavel)',
        '(imaginar|imagino|imaginando|a imaginar|penso|pensando|a pensar|fico imaginando|fico pensando) (como seria|como vai ser|como ficaria|o mundo|a vida deles|a vida dela|a vida dele|tudo|daqui a) {fill4} sem mim ... (parece me bem|parece bem|me parece bem|parece melhor|seria melhor|fica melhor|ficaria melhor|e bom|seria bom|me acalma|me conforta|me da paz|alivio|nao e mau|nao parece mal)',
        '{deathplace} ... (que sorte (ele|ela|eles) (tem|teve)|sorte (dele|dela|deles)|sortudo|sortuda|invejei|invejo|tive inveja|senti inveja|quem me dera (fosse|ser|estar) (eu|no lugar)|queria (ser|estar) (eu|no lugar (dele|dela)))',
        '{danger} ... (tomara|quem me dera|queria que|no fundo queria que|por mim) [que] (tivesse sido|fosse|tivesse) (de verdade|serio|real|pior|grave)',
        '{danger} ... (nem me mexi|nao me mexi|nem levantei|nao levantei|nao sai|nem sai|fiquei (na cama|deitada|deitado|parada|parado|quieta|quieto|tranquila|tranquilo)) ... (tanto faz|tanto fazia|nem liguei|nao liguei|tomara|por mim|que fosse)',
        '(se|e se) [eu] (nao|nunca) (acordasse|acordar|tivesse acordado|acordo) {fill4} (nem|nao|tambem nao) (reclamava|reclamaria|ligava|ligaria|fazia diferenca|faria diferenca|me importava|me importaria)',
        '(tomara|queria que|quem me dera|por mim) {fill2} (nao|nunca) (tivessem|tivesse) (me acordado|acordado)',
        '(se|e se|mesmo se) (me acontecer|me acontecesse|acontecer|acontecesse) (alguma coisa|algo) {fill3} [$] (que aconteca|tanto faz|que se dane|foda se|nem ligo|nao ligo|ja era|paciencia|fazer o que|dane se)',
        '{longing} {fill2} (me desligar|desligar me|que me desliguem) (pra sempre|para sempre|de vez|e nao (voltar|acordar)|e que ninguem)',
        '{everyone} {fill2} (ficariam|ficaria|viveriam|viveria|estariam|estaria|iam ficar|ia ficar) [muito] (melhor|mais tranquil*|mais felizes|mais feliz) com {fill3} (grana|dinheiro|seguro|heranca|indenizacao|pensao|seguro de vida|apolice) {fill2} (do que|que) (comigo|com um|com uma|me ter|com esse|com essa)',
        '(valho|sirvo) mais (morta|morto) (do que|que) (viva|vivo)',
        '(peco|rezo|imploro|suplico|pedindo|rezando|implorando) (a|ao|pra|para) {sacred} {fill2} (que me leve|me levar|me leve|que me levasse|levar me|me buscar|que me busque) ($|logo|ja|no lugar dela|no lugar dele|no seu lugar|em vez dela|em vez dele|junto|com ele|com ela|de uma vez|desse mundo|deste mundo)',
        '(ele|ela|eles|elas) sim (quer|querem|queria|queriam) viver',
        '(me )?(mandar|mande|mandasse) pro isekai', '(caminhao|truck) kun',
        '(nao vou fazer|nao faco|nao farei) [nada|isso] {fill3} (enquanto|ate que) {fill4} ... (depois|quando (ela|ele) (morrer|partir|se for)) {fill2} (vamos ver|a gente ve|sei la|quem sabe|veremos|nao prometo nada)',
        '(aguento|sigo aqui|continuo aqui|estou aqui|fico viva|fico vivo|sigo viva|sigo vivo) {fill3} (enquanto|ate) ((minha|meu|meus|minhas|a minha|o meu) ({family}|{pet}) (viver|estiver viva|estiver vivo|precisar de mim|partir)|(minha|a minha) vo morrer|(minha|a minha|meu|o meu) (mae|pai|avo|irma|irmao|cachorro|cachorra|gato|gata|filho|filha) morrer)',
      ],
    },
    {
      // Round 7: self-harm told in code: a relapse "no projeto gilete" and the streak zeroed, the blade box
      // reopened, a name carved with a compass, the hair straightener held to the arm on purpose.
      id: 'pt.self-harm-told',
      tier: 'act',
      softenedBy: ['urge'],
      patterns: [
        '(abri|reabri|voltei a abrir|tirei|peguei|voltei a pegar) {bladebox} ... {streaklost}', '{streaklost} ... {bladebox}',
        '(voltei a abrir|voltei a pegar|voltei a usar|reabri) {bladebox}',
        '(recai|tive uma recaida|voltei) (no|na|pro|pra|para o|para a|ao|a|nas|nos) {fill2} ({sharp}|gilete|giletes|laminas|estilete|estiletes)',
        '(gravei|marquei|risquei|escrevi|entalhei|talhei) {fill4} (no|na|nos|nas|em|pelo|pela) {fill1} {body} {fill2} (com|usando) (a|o|uma|um|minha|meu) [ponta do|ponta da] ({blade}|agulha|alfinete|prego|compasso|clipe|ponta)',
        '(gravei|entalhei|talhei) {fill3} (no|na|nos|nas) {body}',
        '(encostei|encosto|apertei|pressionei|coloquei|botei|segurei|apoiei|passei) {fill3} {hot} {fill3} (no|na|nos|nas|em|contra) {fill1} {body} {fill4} (de proposito|propositalmente|e segurei|e fiquei segurando|ate queimar|pra doer|pra sentir|ate fazer bolha|ate ficar marca|ate sangrar)',
      ],
    },
    {
      // Round 7: a self-harm urge in code or held back: "vontade de voltar aos risquinhos no braço", ice held
      // as the therapist said, "pelo menos doeu em outro lugar".
      id: 'pt.self-harm-told-urge',
      tier: 'cue',
      patterns: [
        '({intend}|{longing}|vontade|impulso|necessidade|desejo|tentacao) {fill3} (voltar a|voltar aos|voltar as|me fazer|fazer) [os|as|uns|umas|meus|minhas] {marks} (no|na|nos|nas|do|da|em) {fill1} {body}',
        '(segurando|seguro|segurei|segurar|apertando|aperto) (gelo|um gelo|cubos de gelo|pedras de gelo|pedra de gelo) ... (vontade|impulso|pra nao|para nao|aguentar|aguentando|terapeuta|psicologa|psicologo)',
        '(vontade|impulso|pra nao|para nao) ... (segurando|seguro|segurei|apertando|aperto) (gelo|um gelo|cubos de gelo|pedras de gelo|pedra de gelo)',
        '(pelo menos|ao menos|assim) (doeu|doi|doesse) (em outro lugar|noutro lugar|em outra coisa|por fora|na pele|noutro sitio)',
      ],
    },
    {
      // Round 7: logging off in other words: "me desligar da tomada de vez", "hoje eu saio do servidor da vida".
      id: 'pt.coded-told',
      tier: 'act',
      softenedBy: ['reassurance'],
      patterns: [
        '{intend} {fill1} (me desligar|desligar me|me tirar|tirar me|me desplugar) da tomada',
        '{intend} {fill1} (me desligar|desligar me) (da vida|do mundo|deste mundo|desse mundo)',
        '{intend} {fill1} (puxar|tirar|arrancar) (o meu|meu) [proprio] (plug|fio|cabo)',
        '(saio|vou sair|sair|saindo|me desconecto|vou me desconectar|dou logout|vou dar logout) (do|da) (servidor|partida|lobby|jogo|game|server) (da vida|do mundo|da existencia)',
      ],
    },
  ],

  // The shared net (net.ts): means beside a time or at hand, a farewell beside being gone.
  net: {
    means: ['{meansword}', '{placeword}'],
    // Only readiness that belongs to a means: "pronto" or "comprei" beside "hoje à noite" is a party ("comprei os ingressos pra hoje à noite").
    ready: [
      'escondidos', 'escondidas', 'contados', 'contadas', 'debaixo do travesseiro', 'ja sei (onde|qual|como|de onde)', 'amarrei', 'amarrada', 'pendurada',
      'em cima (da|do) (ponte|predio|viaduto|laje|telhado)', 'aqui em cima', 'daqui de cima', 'aqui no alto', 'olhando pra baixo', 'olhando para baixo',
      'ninguem (vai|vem) (aqui|me achar|me encontrar)', 'ninguem vai me achar', 'celular desligado', 'telefone desligado',
    ],
    soon: [
      'hoje a noite', 'hoje de noite', 'esta noite', 'essa noite', 'amanha cedo', 'amanha de manha', '(segunda|terca|quarta|quinta|sexta|sabado|domingo) (que|a noite|de noite)',
      'nesse fim de semana', 'neste fim de semana', 'a meia noite', 'de madrugada', 'agora mesmo', 'daqui a pouco', 'daqui a uma hora', 'antes de amanhecer',
      'quando (todo mundo|todos|meus pais|minha mae|meu pai|meu marido|minha mulher|a casa|geral) {fill1} (dormir|dormirem|sair|sairem|viajar|viajarem|estiver dormindo|estiverem dormindo)',
      'quando eu ficar (sozinha|sozinho)', 'depois do trabalho', 'depois do expediente', 'ja escolhi (o dia|a data|a hora)',
    ],
    farewell: [
      'obrigada por tudo', 'obrigado por tudo', 'valeu por tudo', 'me perdoa', 'me perdoem', 'perdoem me', 'desculpa por tudo', '(cuidem|cuida|cuide) (do|da|dos|das) (meu|minha|meus|minhas) {pet}',
      '(deixei|deixo) (uma|umas|a|as|minha|minhas) (carta|cartas|bilhete|bilhetes)', '{handed}', 'minha ultima mensagem', 'amo voces', 'me despeco', 'nao foi culpa sua', 'nao e culpa de ninguem',
      'nunca te esquecas de mim',
      // round 5: belongings and bills settled, a last post, "don't be angry with me", praise in the past
      '(deixei|deixo|vou deixar) (o|a|os|as|meu|minha|meus|minhas) {word} {fill2} com (a|o) {word}', '(mandei|paguei|ja paguei|ja mandei) o (pix|boleto|aluguel|condominio) (do|da|de|pro|pra)',
      '(nao|nunca) (fiques|fique|fiquem|fica) (zangado|zangada|zangados|bravo|brava|chateado|chateada|com raiva) comigo', '(ultimo|ultima) (post|postagem|publicacao) que',
      '(obrigada|obrigado|valeu) (a|pra|para) (quem|todos que|todas que|todo mundo que)', '(a senhora|o senhor|voce|tu) (foi|foste) (a melhor|o melhor) {word}',
      'ninguem (fica|vai ficar|tem que ficar) com (pepino|problema|bronca|b.o|bo|nada) (pra|para) resolver',
    ],
    beyond: [
      '{gone}', 'se acontecer alguma coisa comigo', 'se me acontecer alguma coisa', 'se algo me acontecer', 'caso eu nao volte', 'depois de hoje a noite',
      'depois de hoje', 'meu velorio', 'meu enterro', 'meu funeral', 'quando me encontrarem', 'nunca mais vao me ver',
      'foi (bom|um prazer|lindo|muito bom) (conhecer voces|te conhecer|conhecer vcs|conhecer todos)',
    ],
  },

  exclusions: {
    // Round 7: "com esse salário não chego nem no natal": money, not a future.
    'money-idiom': [
      '(salario|grana|dinheiro|saldo|cartao|orcamento|limite|pix|ferias|dieta|bateria) {fill4} (nao|nem) (chego|vou chegar|chegaria)',
      '(nao|nem) (chego|vou chegar) [nem] (no|na|ao|a|ate) {fill2} (com esse salario|com essa grana|com esse dinheiro|com o que|com esse saldo)',
    ],
    // "vou me mudar, já me despedi de todos os lugares do bairro": a move.
    'move-idiom': [
      '(mudanca|me mudar|me mudo|vou morar|intercambio|vou embora do pais|vou pra outra cidade|mudar de cidade) ... (me despedi|me despeco|me despedir) de (tudo|todos os lugares|cada canto)',
      '(me despedi|me despeco|me despedir) de (tudo|todos os lugares|cada canto) ... (mudanca|me mudar|me mudo|vou morar|intercambio|vou embora do pais|vou pra outra cidade|mudar de cidade)',
    ],
    // "o carvão não é pra churrasco, é pra lareira"; "dormir pra sempre kkk"; "a árvore de natal";
    // "peço a deus que me leve com segurança".
    'round7-idiom': [
      'nao e (pra|para) churrasco {fill2} (e|eh) (pra|para) [a|o] (lareira|fogao|fogao a lenha|aquecer|esquentar|forno|pizza|desenho|arte|aquario|filtro|planta|plantas|horta)',
      '(dormir|mimir|nanar) (pra sempre|para sempre|eternamente) [$] {fill4} {laugh}', 'arvore de natal', 'arvorezinha', 'pinheirinho',
      'que me (leve|levasse|traga) (com seguranca|em seguranca|sao e salvo|sa e salva|de volta|com saude)',
    ],
    // "fiquei olhando pra caixa pra ler a bula": reading the leaflet, not staring at the pills.
    // "vou de base e rímel hoje": make-up.
    'makeup-idiom': ['de base (e|com|sem|so|liquida|matte|leve|clarinha|escura|mais)', '(maquiagem|make|batom|rimel|corretivo|blush|delineador|po compacto|primer) {fill4} de base', 'de base {fill4} (maquiagem|make|batom|rimel|corretivo|blush|delineador|po compacto|primer)'],
    'leaflet-idiom': ['(olhando|olhei|olho) (pra|para|pro) [a|o] (caixa|cartela|frasco|bula|receita) (pra|para) (ler|ver|conferir|checar|saber)'],
    // Love songs and therapy exercises: "quero dormir pra sempre no teu abraço" (a lyric),
    // "uma carta de despedida que nunca vou mandar pra ele".
    'lyric-idiom': [
      '{pills} (separados|separadas) (pra|para|da|na) {fill1} (semana|mes|viagem|amanha|caixinha|porta comprimidos)',
      'dormir (pra|para) sempre (no teu|nos teus|no seu|nos seus|em teus|contigo|ao teu lado|do teu lado|com voce|com vc)',
      '(carta|cartas) de (despedida|adeus) (que|pra|para) {fill3} (nunca|nao) {fill2} (vou mandar|mandei|mandaria|vou entregar|vou enviar)',
      '(carta|cartas|bilhete|bilhetes) (pra|para|a|ao) {fill4} (no|na|de|do|da|pelo|pela|em) [seu|sua|meu|o|a] {occasion}',
      '(um peso|uma carga|um fardo|um estorvo) {fill4} (por|de tanto|por tanto) (chorar|falar|reclamar) {fill2} (por ele|por ela|dele|dela|do ex|da ex)',
    ],
    // "morrendo de saudade/fome/rir", "morri de vergonha", "morrer de amor", "tô morta de cansaço".
    'die-idiom': [
      '(morrer|morro|morrendo|morri|morreu|morremos|vou morrer|to morrendo|quase morri|morta|morto|mortas|mortos|morrer|quero morrer|queria morrer) (de|da|do|dos|das) (saudade|saudades|fome|sede|sono|rir|riso|vergonha|amor|ciume|ciumes|inveja|medo|susto|frio|calor|cansaco|tedio|vontade|raiva|curiosidade|ansiedade|alegria|felicidade|emocao|cringe|preguica|dor de cabeca|nervoso|agonia|tesao|paixao|orgulho|fofura)',
      '(morrer|morro|morrendo|morri|vou morrer|quase morri) (pra|para|por) (ver|te ver|saber|contar|comer|ir|sair|beijar|abracar|voce|ele|ela|um|uma|esse|essa)',
      '(de morrer|pra morrer|para morrer) de rir', '(e|eh|foi|era|esta|estava|ficou) de morrer',
      '(bom|boa|lindo|linda|gostoso|gostosa|chato|chata) de morrer',
      '(morrer|morro) (nos|em) (seus|teus) bracos', 'morrer de amor',
      '(morrer|morrendo|quero morrer|queria morrer|vou morrer|eu morro|morri|me matar|quero me matar|vou me matar|me mato) {laugh}',
      '(nao quero|nao queria) morrer (sozinha|sozinho|virgem|solteira|solteiro|sem|antes|jovem|assim|em|com|de)',
      'quero morrer (velhinha|velhinho|velha|velho|feliz|de velhice|em|com|rodeada|rodeado|aos)',
      '(bateu|bateram|tinha batido) as botas', 'ele vai morrer de', 'morta e enterrada', 'morto e enterrado',
      '(ver|que) (ele|ela|eles|meu ex|minha ex|o boy|essa mina|esse cara) (morrer|morra|morrendo|se foder)',
    ],
    // "matar a saudade", "matei aula", "matando tempo", "minha mãe vai me matar", "me matando de estudar".
    'kill-idiom': [
      '(matar|matando|matei|mata|mato|matou|matamos|vou matar|bora matar) (a|as) (saudade|saudades|vontade|fome|sede|curiosidade|charada|questao)',
      '(matar|matando|matei|mato|matou|matamos|matar a|vou matar) [o] (tempo|aula|aulas|serviço|servico|trabalho|expediente|a aula|a escola|o trabalho|a fome|a sede|a saudade|o treino|a academia)',
      '(me matando|me matei|me mato|me matar|me matava) (de|a|pra|para) (estudar|trabalhar|treinar|rir|correr|limpar|fazer|tanto|tentar|agradar)',
      '(me mata|me matou|me matam|me matava|me matando|me mataria) (de|do|da) (rir|riso|amor|vergonha|saudade|susto|raiva|coracao|ciume|curiosidade|orgulho|fofura|ansiedade)',
      '(mae|pai|chefe|professora|professor|namorado|namorada|amiga|amigo|irma|irmao|ele|ela|familia|galera|pais) {fill2} (vai|vao|ia|iam|vai me|vao me) [me] matar',
      '(vai|vao|ia|iam) me matar (se|quando|de)',
      '(esse|essa|este|esta|o|a) {word} (ta|esta|tá) me matando',
      '(mata|matar|matou|vou matar) dois coelhos',
    ],
    // "cortei ele da minha vida", "cortei o cabelo", "cortar o mal pela raiz", "me cortei fazendo a barba".
    'cut-idiom': [
      '(cortei|cortar|corta|cortou|cortamos|cortando|corto|vou cortar) (ele|ela|eles|elas|o contato|os lacos|relacoes|relacao|o mal pela raiz|o mal|o barato|a onda|o papo|o assunto|caminho|custos|gastos|o acucar|o doce|carboidrato|a conversa|o vinculo)',
      '(cortei|cortar|corta|cortou|cortando|corto|vou cortar|me cortei|cortar me|me cortar) (o|a|os|as|meu|minha|meus|minhas) (cabelo|cabelos|franja|unha|unhas|barba|bigode|dedo|dedinho|pe|labio|lingua|pontas|fio|fios)',
      '(me cortei|cortei me|me queimei|queimei me|me machuquei|machuquei me|me feri|me bati|queimei|cortei) {fill4} (fazendo a barba|me depilando|depilando|cozinhando|cortando|picando|descascando|passando roupa|passando a|fritando|sem querer|jogando|na academia|no treino|correndo|caindo|no futebol|com papel|com uma folha|na porta|na mesa|no vidro da|na quina)',
      '(cozinhando|picando|descascando|fazendo a barba|me depilando|jogando|no treino|passando roupa) {fill3} (me cortei|me queimei|me machuquei|cortei o dedo)',
      '(nao foi|nao e) (culpa sua|sua culpa|tua culpa|culpa de ninguem) (que|se) {fill2} (terminamos|terminou|acabou|nao deu certo|ele foi embora|ela foi embora|me deixou)',
      '(me machuquei|machuquei|me feri) (o|a|no|na) (joelho|tornozelo|costas|ombro|pescoco|dedo|pe|pulso jogando)',
      '(me machucar|machucar me|me fazer mal|me ferir) [mais] (com ele|com ela|pensando|olhando|vendo|stalkeando|esperando|lendo|ouvindo|com isso|por causa dele|por causa dela|por ele|por ela)',
    ],
    // "comprei veneno pras baratas": pests, not people.
    'toy-idiom': ['(pistola|pistolas|arma|armas|espingarda) (de|d) (agua|brinquedo|cola|pintura|ar|pressao|paintball|airsoft|chumbinho de brinquedo)'],
    'pest-idiom': ['(veneno|raticida|inseticida) (pra|para|pras|pros|pro|contra|de) [as|os|o|a] (baratas|formigas|moscas|mosquitos|pulgas|pragas|cupim|cupins|lesmas|carrapatos|pernilongos|traças|tracas|bichos)'],
    // "me joguei na balada", "vou me jogar nesse projeto", "dar um pulo na casa", "pulei de paraquedas".
    'jump-idiom': [
      '(me joguei|me jogar|me jogo|vou me jogar|jogar me|joguei me) (na|no|nos|nas|num|numa|em|de cabeca|nesse|nessa|neste|nesta) (balada|festa|pista|cama|sofa|piscina|agua|mar|projeto|trabalho|estudos|academia|vida|carnaval|role|noite|braços|bracos|oportunidade|aventura)',
      '(dar|dei|vou dar|da) um (pulo|pulinho|salto) (na|no|la|ali|aqui|em|ate)',
      '(pulei|pular|pulo|saltei|saltar) [de] (paraquedas|bungee|asa delta|de alegria|de felicidade|carnaval|corda)',
      '(pular|pulei|pulo|pula) (a|o) (janta|almoco|cafe|refeicao|aula|etapa|parte|vez|fila|muro de|catraca)',
      'ponte (aerea|rio niteroi|25 de abril|vasco da gama|de safena|de feriado)',
    ],
    // Decided to do an everyday thing: "hoje eu faço, já decidi: mando mensagem pra ele".
    'decided-idiom': [
      '(decidi|ja decidi|esta decidido|ta decidido) {fill2} (mando|vou mandar|ligo|vou ligar|bloqueio|vou bloquear|apago|falo|vou falar|corto|vou cortar|pinto|me mudo|peco demissao|vou na|vou no|vou pra|termino|vou terminar|me inscrevo)',
      'carta (de recomendacao|de apresentacao|de demissao|de motivacao|do restaurante|de vinhos|de amor)',
      '(senha|pin) (do|da|de) (wifi|wi fi|internet|roteador|netflix|disney|hbo|spotify|prime|alarme)',
    ],
    // "no terraço com a galera": a place to hang out, not a ledge.
    'place-idiom': [
      '({height}|ponto|parada) {fill2} (esperando|espero|a espera d|a esperar) (o|a|um|uma|meu|minha|pelo|pela) {ride}',
      '(faca|tesoura|estilete) {fill4} [$] {fill2} (picando|cozinhando|descascando|fatiando|cebola|tomate|carne|pao|legumes|bolo|queijo)',
      '(terraco|telhado|laje|ponte|varanda|sacada|cobertura) (com|fazendo|tomando|fumando|de festa|comendo|jantando|vendo|olhando o por do sol|conversando|arrumando|consertando|limpando|pintando|instalando|trabalhando|regando|tomando sol|estendendo) {fill3}',
      '(ponte|predio) (aerea|rio niteroi|estaiada)', '(em cima|na ponte) da hora',
      '(sumir|me enterrar|enfiar a cara) {fill6} (de vergonha|que vergonha|que mico|que vexame)',
    ],
    // "quero sumir das redes por um tempo", "vou sumir do grupo".
    'disappear-idiom': [
      '(sumir|sumo|sumi|desaparecer|desapareco|sumindo) (das|do|da|dos|de) {fill2} (redes|rede|insta|instagram|face|facebook|whats|whatsapp|zap|grupo|chat|tiktok|twitter|internet|radar|cidade|vida dele|vida dela|balada|festa|trabalho)',
      '(sumir|sumo|desaparecer) (um tempo|uns dias|por um tempo|por uns dias|um pouco|uma semana|um mes|no fim de semana|no fds)',
      '(dormir|nao acordar) (ate|cedo|tarde|o dia todo|ate tarde|ate meio dia)',
    ],
    // "a última mensagem que mandei pra ele", "dei adeus a ele", "adeus dieta".
    'goodbye-idiom': [
      '(ultima|ultimo) (mensagem|msg|carta|audio|bilhete) {fill3} (pra ele|pra ela|para ele|para ela|dele|dela|que mandei|que ele|que ela|do meu ex|da minha ex|que recebi)',
      '(dei|dar|disse|digo|diz) (adeus|tchau) (a|ao|pra|para) (ele|ela|ex|meu ex|minha ex|relacao|esse|essa)',
      'adeus [a|ao|as|aos|pra|para] (dieta|ex|relacao|rotina|verao|ferias|salario|dinheiro|boy|toxico|toxica|drama|passado|academia|vida de solteira|vida de casada)',
      '(ultimo dia|ultima semana|ultimo turno) (no|na|do|da) {fill6} (me despeco|despedir|despedida)',
      'me despeco (do pessoal|da galera|dos colegas|da equipe|do trabalho|do escritorio|da turma) {fill3}',
    ],
    // "acabei com ele" (broke up), "acabar com tudo entre nós".
    'end-relationship': [
      '(acabar|terminar|acabei|terminei|acabou|terminou|acabamos|terminamos) (com|comigo) (ele|ela|meu namorado|minha namorada|meu ex|minha ex|essa relacao|a relacao|o namoro|isso entre|nos|essa pessoa|esse cara|essa mina|esse menino|essa menina)',
      '(acabar|terminar) com tudo (entre nos|entre a gente|com ele|com ela|de uma vez com ele)',
    ],
    // "suicídio profissional", "missão suicida", "esquadrão suicida".
    'suicide-idiom': [
      'suicidio (profissional|social|politico|financeiro|academico|amoroso|comercial|coletivo)',
      '(esquadrao|missao|terrorista|atentado|ataque|homem bomba|piloto) suicida*', 'suicide squad',
      '(e|seria|foi|era) [um] suicidio (profissional|social|sair|ir|dirigir|mandar|voltar)',
    ],
    // "remédio da alergia", "tomar o remédio pra dor de cabeça".
    'pills-idiom': [
      '{pills} (da|de|pra|para|contra) [a|o] (alergia|dor|cabeca|dor de cabeca|gripe|febre|colica|pressao|tireoide|estomago|garganta|enxaqueca|resfriado|rinite|asma|diabetes)',
      '(anticoncepcional|pilula do dia seguinte|anticoncepcionais)',
      '{pills} (da receita|que o medico passou|certinho|direitinho|no horario|na hora certa|do tratamento|da manha|da noite|do dia)',
      'corda (pra|para|de) [a|o] (varal|pular|escalada|escalar|rapel|barco|acampar|amarrar|violao|guitarra|balanco|rede|cortina|mudanca|barraca|cachorro|roupa|academia|crossfit|treino)',
      '(roupas|coisas|livros|moveis) (velhas|velhos|antigas|antigos|usadas|usados|que nao uso|que ele me deu|que ela me deu|dele|dela)',
      '(pro|para o|pra|ao|para a|pra um) (bazar|brecho|doacao|igreja|caridade|instituicao)',
    ],
    // "não quero viver nessa cidade", "não quero viver com meus pais".
    'live-idiom': [
      'viver (em|nessa|nesta|numa|num|no|na) [essa|esta|outra|outro] (cidade|pais|casa|apartamento|ap|bairro|lugar|kitnet|sp|rio|lisboa|porto)',
      'viver (no passado|do passado|de lembrancas|de ilusao|pra ele|pra ela|por ele|por ela|em funcao de|em funcao dele|em funcao dela|com medo)',
      'viver (perto|longe) de', 'viver (juntos|juntas|de aluguel|com (meus|minha|meu|os meus|a minha) (pais|mae|pai|sogra|sogros|avo|avos|ex|irma|irmao))',
    ],
  },

  negations: ['nao', 'nunca', 'jamais', 'nem', 'nenhum', 'nenhuma', 'nem pensar', 'de jeito nenhum', 'nem fodendo', 'nem morta', 'nem morto', 'em hipotese nenhuma'],
  wideNegations: ['nao e que', 'nao que', 'nao quer dizer que', 'nao significa que', 'nem pensar em', 'nao acho que', 'longe de mim', 'nao e como se'],
  notNegations: [
    'nao (aguento|consigo|suporto|sei|durmo|como|tenho|ha|tem|me ama|me quer|me responde|responde|me liga|me procura|esta bem|estou bem|to bem|tou bem|entendo|paro|para|e brincadeira|e drama|e exagero|e zoeira|e piada|e zoacao|estou brincando|to brincando|quero mais viver|quero viver|vejo|acho|presto|valho|mereco|importa|faz sentido|vale a pena|dormi|comi|sai|saio|mais)',
    'nem (sei|ligo|durmo|como|consigo|aguento|acredito|quero saber)', 'se nao', 'senao', 'que nao', 'nao sei (o que|oq|como|por que|porque|pq|se|mais)',
    'ja nao (aguento|consigo|suporto|sei|tenho)', 'nunca (me amou|me quis|vai voltar|mais|vou ser feliz|vou ficar bem)',
  ],
  // Not "e" (and): accents are folded, so it is also "é" (is), as in "não é que eu queira...".
  clauseWords: ['mas', 'porque', 'porem', 'entao', 'ai', 'so que', 'mesmo assim', 'tipo', 'ou', 'enquanto', 'se', 'k', 'rs', 'haha', 'pois', 'tipo assim', 'sabe'],
  subjects: ['eu', 'ele', 'ela', 'eles', 'elas', 'voce', 'tu', 'a gente'],
  urges: [
    '(quero|queria|vontade|desejo|preciso|tentada|tentado|impulso|apetece me|gostaria de|louca pra|louco pra|doida pra|doido pra) [de|pra|para]',
    '(vou|estou indo|penso em|pensando em|pensei em|prestes a|poderia|devia|deveria|tenho que|a ponto de|ia)',
  ],
  reassurances: [
    '(nao|nunca|jamais) (vou fazer|faria|farei|faco) (nada|isso|nenhuma besteira|besteira|nenhuma loucura)',
    '(nao|nunca|jamais) (faria|farei|vou fazer) isso',
    '(estou|to|tou|vou ficar|vou estar) (segura|seguro|em seguranca|bem) (prometo|juro|relaxa|nao se preocupa)',
    '(nao se preocupa|nao se preocupe|nao precisa se preocupar|fica tranquila|fica tranquilo|relaxa|calma que)',
    'prometo que nao',
  ],

  shorthand: {
    // chat shorthand, to one form each
    vc: 'voce', vcs: 'voces', voc: 'voce', q: 'que', qe: 'que', ke: 'que', pq: 'porque', pqp: 'puta que pariu', n: 'nao', nn: 'nao', naum: 'nao',
    tb: 'tambem', tbm: 'tambem', to: 'estou', tou: 'estou', ta: 'esta', tava: 'estava', tavam: 'estavam',
    tamo: 'estamos', mt: 'muito', mto: 'muito', mta: 'muita', mts: 'muitos', hj: 'hoje', agr: 'agora', dps: 'depois',
    qro: 'quero', qero: 'quero', kero: 'quero', qria: 'queria', keria: 'queria', qeria: 'queria', qer: 'quer',
    p: 'pra', msm: 'mesmo', ngm: 'ninguem', td: 'tudo', tds: 'todos', cmg: 'comigo', vdd: 'verdade', dnv: 'de novo',
    d: 'de', msg: 'mensagem', msgs: 'mensagens', fds: 'fim de semana', sla: 'sei la', obg: 'obrigada', oq: 'o que', qnd: 'quando',
    qdo: 'quando', qd: 'quando', ent: 'entao', tmj: 'estamos juntos', cm: 'com', smp: 'sempre', sempr: 'sempre', nd: 'nada',
    'vo me': 'vou me', 'vo se matar': 'vou se matar', 'vo se jogar': 'vou se jogar', 'vo se cortar': 'vou se cortar', 'vo fazer': 'vou fazer', 'vo acabar': 'vou acabar', 'vo tomar': 'vou tomar', 'vo pular': 'vou pular',
    'vo tirar': 'vou tirar', 'queria sumi': 'queria sumir', 'quero sumi': 'quero sumir', 'qria sumi': 'queria sumir', 'queria morre': 'queria morrer',
    'vontade de sumi': 'vontade de sumir', 'quero me mata': 'quero me matar', 'queria me mata': 'queria me matar', 'vontade de me mata': 'vontade de me matar', 'qro me mata': 'quero me matar', 'qria me mata': 'queria me matar', 'vontade de morre': 'vontade de morrer', 'vo morrer': 'vou morrer', 'vo me jogar': 'vou me jogar', 'vou si': 'vou se', 'mi matar': 'me matar',
    amnh: 'amanha', amanhan: 'amanha',
    // the pronoun stuck on
    matarme: 'matar me', suicidarme: 'suicidar me', cortarme: 'cortar me', memata: 'me mata', mematar: 'me matar',
    // common misspellings of crisis words
    suissidio: 'suicidio', suicido: 'suicidio', sucidio: 'suicidio', sucidar: 'suicidar', suisidar: 'suicidar',
    mtar: 'matar', 'm tar': 'matar', suicidr: 'suicidar',
    // emoji for means, which normalisation reads as English words
    pills: 'remedios', rope: 'corda', knife: 'faca', gun: 'arma', blood: 'sangue', coffin: 'caixao', bridge: 'ponte',
    'vo mi mata': 'vou me matar', 'vou mi mata': 'vou me matar', 'vou me mata': 'vou me matar', 'vo me matar': 'vou me matar',
    'auto mutilacao': 'automutilacao', 'auto mutilar': 'automutilar', 'auto lesao': 'autolesao', remedos: 'remedios',
  },

  crisisWords: [
    'suicidio', 'suicidar', 'suicida', 'suicidas', 'matar', 'morrer', 'morte', 'morta', 'morto', 'cortar', 'cortei', 'automutilacao',
    'automutilar', 'autolesao', 'enforcar', 'remedios', 'comprimidos', 'pulsos', 'adeus', 'overdose',
  ],
  repairs: ['suicidio', 'suicidar', 'suicida', 'automutilacao', 'automutilar', 'automutilei', 'autolesao', 'enforcar', 'comprimidos', 'remedios'],
  notTypos: ['suicidios', 'suicidas', 'suicidou', 'suicidaram', 'remedio', 'comprimido', 'enforcado', 'enforcada', 'remedias', 'remedia'],
  // Conditionals are words of their own: without them "cortaria" is split into "cortar" + "ia".
  glueWords: ['e', 'a', 'o', 'cortaria', 'mataria', 'morreria', 'suicidaria', 'machucaria', 'queimaria', 'enforcaria', 'eu', 'me', 'quero', 'vou', 'em', 'de', 'nao', 'mais', 'viver', 'minha', 'vida', 'tirar', 'acabar', 'com', 'tudo', 'penso', 'se', 'hoje', 'pensando'],
};
