# letgo: safety texts in Turkish, "sen".
# Telegram HTML: only <b>, <i> and <a href="...">. Short, warm, hopeful; never about methods.

## The direct question, asked when a message suggests risk but no act or plan

safety-question =
    Nasıl hissettiğini bana anlattığın için gerçekten sevindim. Sana doğrudan bir şey sormak istiyorum, çünkü bu önemli:
    <b>Hayatına son vermeyi ya da kendine zarar vermeyi düşünüyor musun?</b>
safety-answer-yes = Evet
safety-answer-unsure = Emin değilim
safety-answer-no = Hayır, güvendeyim
# Typed answers understood while the question waits: words separated by |
safety-words-yes = evet|evt|evet düşünüyorum|evet, düşünüyorum|düşünüyorum|evet bazen|evet, bazen|bazen
safety-words-unsure = emin değilim|emin degilim|bilmiyorum|bilmiyom|bilemiyorum|bilmem|belki|galiba
safety-words-no = hayır|hayir|yok|yoo|hayır düşünmüyorum|hayır, düşünmüyorum|hayir dusunmuyorum|düşünmüyorum|dusunmuyorum|hayır güvendeyim|hayır, güvendeyim|hayir guvendeyim|hayir, guvendeyim|güvendeyim|guvendeyim|hayır iyiyim|hayır, iyiyim|hayir iyiyim|hayir, iyiyim
safety-words-ambiguous = { "" }
safety-no-reply =
    Anlattığın için teşekkür ederim. Bir ayrılığın ardından bu kadar kötü hissetmek insanın canını acıtır ve çok anlaşılır bir şey.
    Bir gün daha da ağırlaşırsa, /sos sana istediğin zaman konuşabileceğin insanları gösterir.
safety-no-back = Kaldığımız yerden devam edelim.
safety-answered = Cevabın: { $answer }

## The crisis answer: help at once

crisis-opening = 💛 <b>Bana anlattığın için teşekkür ederim. Bana yazman çok iyi oldu.</b>
crisis-body = Taşıdığın yük çok ağır görünüyor ve şu anda bir insanın desteğini hak ediyorsun. Bununla tek başına baş etmek zorunda değilsin.
crisis-emergency = Bu düşüncelere uyup bir şey yapabileceğini hissediyorsan ya da tehlikedeysen, lütfen hemen <b>{ $number }</b> numarasını ara.
crisis-emergency-unknown = Bu düşüncelere uyup bir şey yapabileceğini hissediyorsan ya da tehlikedeysen, lütfen hemen bulunduğun yerdeki acil durum numarasını ara.
crisis-lines-intro = Şu anda konuşabileceğin insanlar, ücretsiz ve gizli:
crisis-directory = Daha fazla destek hattı: <a href="{ $url }">findahelpline.com</a>
crisis-trusted = Güvendiğin birine bugün nasıl hissettiğini anlatmak da iyi gelebilir.
crisis-coach = Ben bir kriz hattı değilim, kendi kendine yardım için bir koçum; yine de buradayım.
crisis-paused = Sohbetimizi duraklattım; /scenarios ile istediğin zaman kaldığın yere dönebilirsin.
crisis-follow-up = 💛 Hâlâ buradayım, yanındayım. Lütfen şimdi birine ulaş: aşağıdaki hatlardan birine ya da güvendiğin birine.

crisis-country-setting = { $country } için destek hatları.
crisis-country-assumed = { $country } için destek hatları ({ $source ->
        [time-zone] saat dilimine
       *[language] diline
    } göre). Başka bir yerde misin? /country yazıp ülkenin adını gönder.
crisis-country-unknown = Hangi ülkede olduğunu yaz, örneğin <i>/country Türkiye</i>; sana oradaki destek hatlarını göstereyim.

crisis-button-safe = Şu an güvendeyim
crisis-button-lines = Hatları tekrar göster
crisis-button-plan = Güvenlik planı yap
crisis-button-pause = Hatırlatıcıları duraklat

crisis-safe-reply =
    Buna sevindim. Bugün kendine nazik davran.
    /sos bu hatları istediğin zaman yeniden gösterir; konuşmak istediğinde ben de buradayım.
crisis-reminders-paused = Günlük hatırlatıcıların 7 gün boyunca duraklatıldı. /pause off ile daha erken geri gelirler.
crisis-reminders-none = Duraklatılacak günlük hatırlatıcın yok. Senin istemediğin hiçbir şeyi sana göndermem.

## Helplines, as listed in a message

helpline-call = { $number } numarasını ara
helpline-text = { $how }
helpline-chat = <a href="{ $url }">canlı sohbet</a>
helpline-web = <a href="{ $url }">web sitesi</a>
helpline-hours = { $hours }

## /sos and /country

sos-intro = 💛 Şu anda konuşabileceğin insanlar, ücretsiz ve gizli. Ulaşmak için kriz içinde olman gerekmiyor.
country-current = Destek hatları için ülken: <b>{ $country }</b>. Değiştirmek için /country yazıp başka bir ülke adı gönder.
country-none = Ülkeni henüz bilmiyorum. Şöyle gönderebilirsin: <i>/country Türkiye</i>
country-set = Tamam: <b>{ $country }</b>. /sos oradaki destek hatlarını gösterir.
country-unknown = “{ $input }” bulunamadı. İngilizce adını ya da iki harfli kodu dene, örneğin <i>/country TR</i>.

## After a crisis answer, the next daily reminder is this instead

checkin-after-crisis = 💛 Merhaba, ben letgo. Son konuşmamızdan beri seni düşünüyorum. Bugün nasılsın?
checkin-button-lines = Destek hatlarını göster
checkin-button-okay = Bugün iyiyim

## /safetyplan: a plan for hard moments, in the person's own words

plan-intro =
    Güvenlik planı, işler çok zorlaştığında sana neyin iyi geldiğini kendi sözlerinle yazdığın kısa bir listedir. Onu daha sakin bir günde yazarsan, sonra ona başvurmak daha kolay olur.
    Altı kısa soru var. Birkaç kelimeyle cevap ver ya da Atla'ya dokun.
plan-q-signs = <b>1/6 · Uyarı işaretleri.</b> Zor bir anın yaklaştığını nereden anlarsın? Düşünceler, duygular, yerler, günün belli saatleri.
plan-q-alone = <b>2/6 · Kendi başıma.</b> Bir süre dayanabilmek için kendi başına ne yapabilirsin? Yürüyüş, müzik, duş, içinden geçenleri yazmak.
plan-q-distract = <b>3/6 · İnsanlar ve yerler.</b> Kafanı dağıtmana kim ya da hangi yer yardımcı olur? Sohbet edebileceğin biri, bir kafe, spor salonu.
plan-q-people = <b>4/6 · Yardım isteyebileceğim kişiler.</b> Zorlandığını kime söyleyebilirsin? İsimler, istersen numaralar.
plan-q-pros = <b>5/6 · Uzmanlar ve destek hatları.</b> Hangi doktora, terapiste ya da destek hattına ulaşabilirsin?
plan-q-pros-hint = Yakınında, örneğin: { $lines }
plan-q-safer = <b>6/6 · Daha güvenli bir yer.</b> Bu duygular geçene kadar bulunduğun yeri daha güvenli kılmak için ne yapılabilir? Örneğin başka insanların yakınında olmak ya da birinden yanında kalmasını istemek.
plan-skip = Atla
plan-title = 💛 <b>Güvenlik planım</b>
plan-h-signs = Uyarı işaretleri
plan-h-alone = Kendi başıma
plan-h-distract = İnsanlar ve yerler
plan-h-people = Yardım isteyebileceğim kişiler
plan-h-pros = Uzmanlar ve destek hatları
plan-h-safer = Daha güvenli bir yer
plan-empty-part = <i>henüz yazılmadı</i>
plan-saved = Kaydedildi. /safetyplan onu istediğin zaman gösterir; /export onu da içerir, /delete ise siler.
plan-change = Bir bölümü değiştir
plan-restart = Baştan başla
plan-which = Hangi bölümü değiştirmek istersin?
plan-too-long = Bir bölüm için bu biraz fazla: { $length } karakter, ama en fazla { $max } karakter sığıyor. Kısaltabilir misin?
plan-stopped = Tamam, burada duralım. Şimdiye kadar yazdıkların kaydedildi: /safetyplan ile görebilirsin.
plan-send-text = Lütfen cevabını mesaj olarak yaz ya da Atla'ya dokun.

abuse-intro = 💛 Birinden korkmak ciddi bir şey ve güvende olmayı hak ediyorsun. Bu kuruluşlar senin durumundaki kişilere ücretsiz ve gizli olarak destek oluyor:
abuse-directory = Diğer destek kuruluşları: <a href="{ $url }">findahelpline.com</a>
