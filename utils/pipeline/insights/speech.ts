/** Verbs that attribute speech or writing, in the forms news prose uses. */
export const SPEECH_VERB =
  '(?:said|says|say|saying|told|tells|telling|added|adds|adding|noted|notes|noting|explained|explains|explaining|wrote|writes|writing|asked|asks|stated|states|continued|continues|argued|argues|arguing|insisted|insists|recalled|recalls|admitted|admits|warned|warns|warning|tweeted|posted|remarked|claimed|claims|claiming|declared|declares|replied|replies|conceded|acknowledged|acknowledges|concluded|emphasized|emphasised|stressed|stresses|observed|commented|predicted|predicts|suggested|suggests|announced|announces|told reporters|wrote in|said in a statement|according to|asserted|asserting|countered|cautioned|boasted|joked|quipped|confirmed|confirms|described|describes|called|calls|added that|mused|pointed out|points out)';

export const SPEECH_VERB_RE = new RegExp(`\\b${SPEECH_VERB}\\b`, 'i');
